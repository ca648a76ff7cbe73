package io.dealgraph.dateclaim;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.deal.Deal;
import io.dealgraph.event.Event;
import io.dealgraph.fact.FuzzyDate;
import io.dealgraph.fact.SluggedRow;

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
 * One source's wording of a deal's or an event's date, where sources disagree. The write side's
 * row of {@code date_claim}; Envers keeps its versions in {@code date_claim_aud}; reads go through
 * the compiler.
 */
@Entity
@Table(name = "date_claim")
@Audited
public class DateClaim extends SluggedRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "event_id")
	private Event event;

	@Enumerated(EnumType.STRING)
	private DateField field;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "date_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "date_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "date_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "date_text")) })
	private FuzzyDate date;

	private boolean preferred;

	private String note;

	@OneToMany(mappedBy = "dateClaim", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public Event getEvent() {
		return this.event;
	}

	public void setEvent(Event event) {
		this.event = event;
	}

	public DateField getField() {
		return this.field;
	}

	public void setField(DateField field) {
		this.field = field;
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

	public boolean isPreferred() {
		return this.preferred;
	}

	public void setPreferred(boolean preferred) {
		this.preferred = preferred;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
