package io.dealgraph.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.commitment.Qualifier;
import io.dealgraph.commitment.QuantityUnit;
import io.dealgraph.commitment.Unit;
import io.dealgraph.dateclaim.DateClaim;
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
 * A deal between organizations. The write side's row of {@code deal}: the seed loader sets it,
 * Hibernate writes what changed and Envers keeps every version in {@code deal_aud}; reads go
 * through the compiler.
 */
@Entity
@Table(name = "deal")
@Audited
public class Deal extends SluggedRow {

	private String title;

	@Enumerated(EnumType.STRING)
	private DealKind kind;

	@Enumerated(EnumType.STRING)
	private DealStatus status;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Deal parent;

	private String summary;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "announced_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "announced_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "announced_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "announced_text")) })
	private FuzzyDate announced;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "effective_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "effective_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "effective_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "effective_text")) })
	private FuzzyDate effective;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "ended_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "ended_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "ended_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "ended_text")) })
	private FuzzyDate ended;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "valuation_organization_id")
	private Organization valuationOrganization;

	@Column(precision = 20, scale = 4)
	private BigDecimal valuationAmount;

	@Enumerated(EnumType.STRING)
	private Unit valuationUnit;

	private String valuationCurrency;

	@Enumerated(EnumType.STRING)
	private Qualifier valuationQualifier;

	@Enumerated(EnumType.STRING)
	private ValuationBasis valuationBasis;

	private String valuationText;

	@OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DealParty> parties = new ArrayList<>();

	@OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	@OneToMany(mappedBy = "deal", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<DateClaim> dateClaims = new ArrayList<>();

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public DealKind getKind() {
		return this.kind;
	}

	public void setKind(DealKind kind) {
		this.kind = kind;
	}

	public DealStatus getStatus() {
		return this.status;
	}

	public void setStatus(DealStatus status) {
		this.status = status;
	}

	public Deal getParent() {
		return this.parent;
	}

	public void setParent(Deal parent) {
		this.parent = parent;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public FuzzyDate getAnnounced() {
		return this.announced;
	}

	public void setAnnounced(FuzzyDate announced) {
		this.announced = announced;
	}

	public FuzzyDate getEffective() {
		return this.effective;
	}

	public void setEffective(FuzzyDate effective) {
		this.effective = effective;
	}

	public FuzzyDate getEnded() {
		return this.ended;
	}

	public void setEnded(FuzzyDate ended) {
		this.ended = ended;
	}

	/** What the deal values an organization at, in the source's words; all null for none. */
	public void setValuation(Organization organization, BigDecimal amount, QuantityUnit unit, Qualifier qualifier,
			ValuationBasis basis, String text) {
		this.valuationOrganization = organization;
		this.valuationAmount = amount;
		this.valuationUnit = unit == null ? null : unit.unit();
		this.valuationCurrency = unit == null ? null : unit.currency();
		this.valuationQualifier = qualifier;
		this.valuationBasis = basis;
		this.valuationText = text;
	}

	public BigDecimal getValuationAmount() {
		return this.valuationAmount;
	}

	public List<DealParty> getParties() {
		return this.parties;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

	/** Where sources disagree on a date: each one's claim, the preferred one's date being this row's own. */
	public List<DateClaim> getDateClaims() {
		return this.dateClaims;
	}

}
