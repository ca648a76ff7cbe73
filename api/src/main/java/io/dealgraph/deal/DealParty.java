package io.dealgraph.deal;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.fact.LedgerRow;
import io.dealgraph.organization.Organization;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An organization taking part in a deal, in one role. The write side's row of {@code deal_party}:
 * the seed loader sets it, Hibernate writes what changed and Envers keeps every version in {@code
 * deal_party_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "deal_party")
@Audited
public class DealParty extends LedgerRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@Enumerated(EnumType.STRING)
	private PartyRole role;

	@OneToMany(mappedBy = "dealParty", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public PartyRole getRole() {
		return this.role;
	}

	public void setRole(PartyRole role) {
		this.role = role;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
