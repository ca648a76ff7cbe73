package io.dealgraph.organization;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.fact.SluggedRow;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
 * A company, joint venture, investment firm or business unit. The write side's row of {@code
 * organization}: the seed loader sets it, Hibernate writes what changed and Envers keeps every
 * version in {@code organization_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "organization")
@Audited
public class Organization extends SluggedRow {

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganizationKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Organization parent;

	private String description;

	@OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<OrganizationAlias> names = new ArrayList<>();

	@OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public Organization getParent() {
		return this.parent;
	}

	public void setParent(Organization parent) {
		this.parent = parent;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<OrganizationAlias> getNames() {
		return this.names;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
