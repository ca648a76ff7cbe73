package io.dealgraph.commitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.dealgraph.citation.Citation;
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
 * Money, compute or infrastructure one organization committed. The write side's row of {@code
 * commitment}: the seed loader sets it, Hibernate writes what changed and Envers keeps every
 * version in {@code commitment_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "commitment")
@Audited
public class Commitment extends SluggedRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "committer_id")
	private Organization committer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "recipient_id")
	private Organization recipient;

	/** The others of a group that committed together, beside the first-named committer. */
	@ManyToMany
	@JoinTable(name = "commitment_committer", joinColumns = @JoinColumn(name = "commitment_id"),
			inverseJoinColumns = @JoinColumn(name = "organization_id"))
	private Set<Organization> coCommitters = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private CommitmentKind kind;

	@Column(precision = 20, scale = 4)
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	private String currency;

	private String countOf;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	private String amountText;

	private String resource;

	private String horizon;

	@Enumerated(EnumType.STRING)
	private Modality modality;

	private String description;

	@Column(columnDefinition = "slug")
	private String claimGroup;

	private boolean claimPreferred;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "date_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "date_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "date_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "date_text")) })
	private FuzzyDate date;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "part_of_id")
	private Commitment partOf;

	@OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private Firmness firmness = Firmness.UNKNOWN;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "period_start_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "period_start_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "period_start_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "period_start_text")) })
	private FuzzyDate periodStart;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "period_end_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "period_end_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "period_end_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "period_end_text")) })
	private FuzzyDate periodEnd;

	private String periodLength;

	@OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Condition> conditions = new ArrayList<>();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "amends_id")
	private Commitment amends;

	@Enumerated(EnumType.STRING)
	private AmendmentKind amendment;

	/** The earlier commitment this one enlarges, replaces or ends, and which of the three; both null or neither. */
	public void setAmends(Commitment amends, AmendmentKind amendment) {
		this.amends = amends;
		this.amendment = amendment;
	}

	public Commitment getAmends() {
		return this.amends;
	}

	public AmendmentKind getAmendment() {
		return this.amendment;
	}

	public Firmness getFirmness() {
		return this.firmness;
	}

	public void setFirmness(Firmness firmness) {
		this.firmness = firmness;
	}

	public FuzzyDate getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(FuzzyDate periodStart) {
		this.periodStart = periodStart;
	}

	public FuzzyDate getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(FuzzyDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getPeriodLength() {
		return this.periodLength;
	}

	public void setPeriodLength(String periodLength) {
		this.periodLength = periodLength;
	}

	public List<Condition> getConditions() {
		return this.conditions;
	}

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public Organization getCommitter() {
		return this.committer;
	}

	public void setCommitter(Organization committer) {
		this.committer = committer;
	}

	public Organization getRecipient() {
		return this.recipient;
	}

	public void setRecipient(Organization recipient) {
		this.recipient = recipient;
	}

	public CommitmentKind getKind() {
		return this.kind;
	}

	public void setKind(CommitmentKind kind) {
		this.kind = kind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public void setUnit(Unit unit) {
		this.unit = unit;
	}

	public Set<Organization> getCoCommitters() {
		return this.coCommitters;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getCountOf() {
		return this.countOf;
	}

	/** The unit with its currency or the thing it counts; null without an amount. */
	public void setQuantityUnit(QuantityUnit unit) {
		this.unit = unit == null ? null : unit.unit();
		this.currency = unit == null ? null : unit.currency();
		this.countOf = unit == null ? null : unit.countOf();
	}

	public Qualifier getQualifier() {
		return this.qualifier;
	}

	public void setQualifier(Qualifier qualifier) {
		this.qualifier = qualifier;
	}

	public String getAmountText() {
		return this.amountText;
	}

	public void setAmountText(String amountText) {
		this.amountText = amountText;
	}

	public String getResource() {
		return this.resource;
	}

	public void setResource(String resource) {
		this.resource = resource;
	}

	public String getHorizon() {
		return this.horizon;
	}

	public void setHorizon(String horizon) {
		this.horizon = horizon;
	}

	public Modality getModality() {
		return this.modality;
	}

	public void setModality(Modality modality) {
		this.modality = modality;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getClaimGroup() {
		return this.claimGroup;
	}

	public void setClaimGroup(String claimGroup) {
		this.claimGroup = claimGroup;
	}

	public boolean isClaimPreferred() {
		return this.claimPreferred;
	}

	public void setClaimPreferred(boolean claimPreferred) {
		this.claimPreferred = claimPreferred;
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

	public Commitment getPartOf() {
		return this.partOf;
	}

	public void setPartOf(Commitment partOf) {
		this.partOf = partOf;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
