package io.dealgraph.statement;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
import io.dealgraph.deal.Deal;
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
 * A verbatim quote, with its speakers and date. The write side's row of {@code statement}: the
 * seed loader sets it, Hibernate writes what changed and Envers keeps every version in {@code
 * statement_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "statement")
@Audited
public class Statement extends SluggedRow {

	private String quote;

	@Enumerated(EnumType.STRING)
	private StatementChannel channel;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deal_id")
	private Deal deal;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "date_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "date_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "date_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "date_text")) })
	private FuzzyDate date;

	@OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StatementSpeaker> speakers = new ArrayList<>();

	@OneToMany(mappedBy = "statement", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public StatementChannel getChannel() {
		return this.channel;
	}

	public void setChannel(StatementChannel channel) {
		this.channel = channel;
	}

	public Deal getDeal() {
		return this.deal;
	}

	public void setDeal(Deal deal) {
		this.deal = deal;
	}

	public FuzzyDate getDate() {
		return this.date;
	}

	public void setDate(FuzzyDate date) {
		this.date = date;
	}

	public List<StatementSpeaker> getSpeakers() {
		return this.speakers;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
