package io.dealgraph.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.dealgraph.citation.Citation;
import io.dealgraph.dateclaim.DateClaim;
import io.dealgraph.deal.Deal;
import io.dealgraph.fact.FuzzyDate;
import io.dealgraph.fact.SluggedRow;
import io.dealgraph.organization.Organization;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Something that happened, on a (fuzzy) date. The write side's row of {@code event}: the seed
 * loader sets it, Hibernate writes what changed and Envers keeps every version in {@code
 * event_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "event")
@Audited
public class Event extends SluggedRow {

	private String title;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	private String description;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "date_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "date_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "date_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "date_text")) })
	private FuzzyDate date;

	@ManyToMany
	@JoinTable(name = "event_organization", joinColumns = @JoinColumn(name = "event_id"), inverseJoinColumns = @JoinColumn(name = "organization_id"))
	private Set<Organization> organizations = new LinkedHashSet<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DateClaim> dateClaims = new ArrayList<>();

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

	public Set<Organization> getOrganizations() {
		return this.organizations;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

	/** Where sources disagree on a date: each one's claim, the preferred one's date being this row's own. */
	public List<DateClaim> getDateClaims() {
		return this.dateClaims;
	}

}
