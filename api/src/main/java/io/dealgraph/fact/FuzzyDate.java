package io.dealgraph.fact;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A fuzzy date as the write side holds it: the span it certainly lies in (either end may be
 * open), the precision the text supports, and the words it came from. Each entity maps the four
 * columns under its own prefix ({@code announced_earliest}, ...).
 */
@Embeddable
public class FuzzyDate {

	private LocalDate earliest;

	private LocalDate latest;

	@Enumerated(EnumType.STRING)
	@Column(columnDefinition = "date_precision")
	private DatePrecision precision;

	private String text;

	protected FuzzyDate() {
	}

	public FuzzyDate(LocalDate earliest, LocalDate latest, DatePrecision precision, String text) {
		this.earliest = earliest;
		this.latest = latest;
		this.precision = precision;
		this.text = text;
	}

	public LocalDate getEarliest() {
		return this.earliest;
	}

	public LocalDate getLatest() {
		return this.latest;
	}

	public DatePrecision getPrecision() {
		return this.precision;
	}

	public String getText() {
		return this.text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FuzzyDate date && Objects.equals(this.earliest, date.earliest)
				&& Objects.equals(this.latest, date.latest) && this.precision == date.precision
				&& Objects.equals(this.text, date.text);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.earliest, this.latest, this.precision, this.text);
	}

}
