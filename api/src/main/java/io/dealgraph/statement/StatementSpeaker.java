package io.dealgraph.statement;

import io.dealgraph.fact.LedgerRow;
import io.dealgraph.organization.Organization;
import io.dealgraph.organization.Person;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * Who made a statement: a person, an organization, or a person for an organization. The write
 * side's row of {@code statement_speaker}: the seed loader sets it, Hibernate writes what changed
 * and Envers keeps every version in {@code statement_speaker_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "statement_speaker")
@Audited
public class StatementSpeaker extends LedgerRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "statement_id")
	private Statement statement;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	public Statement getStatement() {
		return this.statement;
	}

	public void setStatement(Statement statement) {
		this.statement = statement;
	}

	public Person getPerson() {
		return this.person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

}
