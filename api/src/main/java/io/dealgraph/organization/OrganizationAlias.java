package io.dealgraph.organization;

import io.dealgraph.fact.LedgerRow;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Another name of an organization: an alias or a ticker. The write side's row of {@code
 * organization_alias}: the seed loader sets it, Hibernate writes what changed and Envers keeps
 * every version in {@code organization_alias_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "organization_alias")
@Audited
public class OrganizationAlias extends LedgerRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	private String kind;

	private String value;

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

}
