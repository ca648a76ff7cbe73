package io.dealgraph.citation;

import io.dealgraph.commitment.Commitment;
import io.dealgraph.commitment.Condition;
import io.dealgraph.dateclaim.DateClaim;
import io.dealgraph.deal.Deal;
import io.dealgraph.deal.DealParty;
import io.dealgraph.event.Event;
import io.dealgraph.exclusivity.ExclusivityTerm;
import io.dealgraph.fact.LedgerRow;
import io.dealgraph.organization.Organization;
import io.dealgraph.organization.Person;
import io.dealgraph.source.Source;
import io.dealgraph.statement.Statement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One verbatim excerpt of a source that evidences one fact. The write side's row of {@code
 * citation}: the seed loader sets it, Hibernate writes what changed and Envers keeps every version
 * in {@code citation_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "citation")
@Audited
public class Citation extends LedgerRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	private String excerpt;

	private int startOffset;

	private int endOffset;

	private String creditedOutlet;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "person_id")
	private Person person;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_party_id")
	private DealParty dealParty;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commitment_id")
	private Commitment commitment;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "exclusivity_term_id")
	private ExclusivityTerm exclusivityTerm;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "statement_id")
	private Statement statement;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "condition_id")
	private Condition condition;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "date_claim_id")
	private DateClaim dateClaim;

	public DateClaim getDateClaim() {
		return this.dateClaim;
	}

	public void setDateClaim(DateClaim dateClaim) {
		this.dateClaim = dateClaim;
	}

	public Condition getCondition() {
		return this.condition;
	}

	public void setCondition(Condition condition) {
		this.condition = condition;
	}

	public Source getSource() {
		return this.source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(String excerpt) {
		this.excerpt = excerpt;
	}

	public int getStartOffset() {
		return this.startOffset;
	}

	public void setStartOffset(int startOffset) {
		this.startOffset = startOffset;
	}

	public int getEndOffset() {
		return this.endOffset;
	}

	public void setEndOffset(int endOffset) {
		this.endOffset = endOffset;
	}

	public String getCreditedOutlet() {
		return this.creditedOutlet;
	}

	public void setCreditedOutlet(String creditedOutlet) {
		this.creditedOutlet = creditedOutlet;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public Person getPerson() {
		return this.person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public DealParty getDealParty() {
		return this.dealParty;
	}

	public void setDealParty(DealParty dealParty) {
		this.dealParty = dealParty;
	}

	public Commitment getCommitment() {
		return this.commitment;
	}

	public void setCommitment(Commitment commitment) {
		this.commitment = commitment;
	}

	public ExclusivityTerm getExclusivityTerm() {
		return this.exclusivityTerm;
	}

	public void setExclusivityTerm(ExclusivityTerm exclusivityTerm) {
		this.exclusivityTerm = exclusivityTerm;
	}

	public Statement getStatement() {
		return this.statement;
	}

	public void setStatement(Statement statement) {
		this.statement = statement;
	}

	public Event getEvent() {
		return this.event;
	}

	public void setEvent(Event event) {
		this.event = event;
	}

}
