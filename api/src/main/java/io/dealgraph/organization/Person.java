package io.dealgraph.organization;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.fact.SluggedRow;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A person who speaks for an organization. The write side's row of {@code person}: the seed loader
 * sets it, Hibernate writes what changed and Envers keeps every version in {@code person_aud};
 * reads go through the compiler.
 */
@Entity
@Table(name = "person")
@Audited
public class Person extends SluggedRow {

	private String name;

	private String role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
