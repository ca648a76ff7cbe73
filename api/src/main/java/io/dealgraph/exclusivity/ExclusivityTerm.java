package io.dealgraph.exclusivity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.commitment.Qualifier;
import io.dealgraph.commitment.QuantityUnit;
import io.dealgraph.commitment.Unit;
import io.dealgraph.deal.Deal;
import io.dealgraph.event.Event;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A term of an agreement (an exclusivity, a licence, a revenue share, a right of first refusal, a
 * preference) and how it changed. The write side's row of
 * {@code exclusivity_term}: the seed loader sets it, Hibernate writes what changed and Envers
 * keeps every version in {@code exclusivity_term_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "exclusivity_term")
@Audited
public class ExclusivityTerm extends SluggedRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "grantor_id")
	private Organization grantor;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "holder_id")
	private Organization holder;

	private String scope;

	@Enumerated(EnumType.STRING)
	private ExclusivityStatus status;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "valid_from_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "valid_from_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "valid_from_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "valid_from_text")) })
	private FuzzyDate validFrom;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "valid_to_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "valid_to_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "valid_to_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "valid_to_text")) })
	private FuzzyDate validTo;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "superseded_by_term_id")
	private ExclusivityTerm supersededByTerm;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "superseded_by_event_id")
	private Event supersededByEvent;

	@OneToMany(mappedBy = "exclusivityTerm", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private AgreementTermKind kind = AgreementTermKind.EXCLUSIVITY;

	private Boolean exclusive;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "payer_id")
	private Organization payer;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "payee_id")
	private Organization payee;

	@Column(precision = 7, scale = 4)
	private BigDecimal percentage;

	@Column(precision = 20, scale = 4)
	private BigDecimal capAmount;

	@Enumerated(EnumType.STRING)
	private Unit capUnit;

	private String capCurrency;

	private String capCountOf;

	@Enumerated(EnumType.STRING)
	private Qualifier capQualifier;

	private String capText;

	@Column(columnDefinition = "slug")
	private String claimGroup;

	private boolean claimPreferred;

	public AgreementTermKind getKind() {
		return this.kind;
	}

	public void setKind(AgreementTermKind kind) {
		this.kind = kind;
	}

	public Boolean getExclusive() {
		return this.exclusive;
	}

	public void setExclusive(Boolean exclusive) {
		this.exclusive = exclusive;
	}

	public Organization getPayer() {
		return this.payer;
	}

	public void setPayer(Organization payer) {
		this.payer = payer;
	}

	public Organization getPayee() {
		return this.payee;
	}

	public void setPayee(Organization payee) {
		this.payee = payee;
	}

	public BigDecimal getPercentage() {
		return this.percentage;
	}

	public void setPercentage(BigDecimal percentage) {
		this.percentage = percentage;
	}

	/** The cap's amount, unit, qualifier and words: all four, or none. */
	public void setCap(BigDecimal amount, QuantityUnit unit, Qualifier qualifier, String text) {
		this.capAmount = amount;
		this.capUnit = unit == null ? null : unit.unit();
		this.capCurrency = unit == null ? null : unit.currency();
		this.capCountOf = unit == null ? null : unit.countOf();
		this.capQualifier = qualifier;
		this.capText = text;
	}

	public BigDecimal getCapAmount() {
		return this.capAmount;
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

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public Organization getGrantor() {
		return this.grantor;
	}

	public void setGrantor(Organization grantor) {
		this.grantor = grantor;
	}

	public Organization getHolder() {
		return this.holder;
	}

	public void setHolder(Organization holder) {
		this.holder = holder;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public ExclusivityStatus getStatus() {
		return this.status;
	}

	public void setStatus(ExclusivityStatus status) {
		this.status = status;
	}

	public FuzzyDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(FuzzyDate validFrom) {
		this.validFrom = validFrom;
	}

	public FuzzyDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(FuzzyDate validTo) {
		this.validTo = validTo;
	}

	public ExclusivityTerm getSupersededByTerm() {
		return this.supersededByTerm;
	}

	public void setSupersededByTerm(ExclusivityTerm supersededByTerm) {
		this.supersededByTerm = supersededByTerm;
	}

	public Event getSupersededByEvent() {
		return this.supersededByEvent;
	}

	public void setSupersededByEvent(Event supersededByEvent) {
		this.supersededByEvent = supersededByEvent;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
