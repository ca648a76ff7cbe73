package io.dealgraph.commitment;

import java.util.ArrayList;
import java.util.List;

import io.dealgraph.citation.Citation;
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
 * A condition a contingent commitment waits on or lapses by, in the source's words. The write
 * side's row of {@code commitment_condition}; Envers keeps its versions in {@code
 * commitment_condition_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "commitment_condition")
@Audited
public class Condition extends SluggedRow {

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commitment_id")
	private Commitment commitment;

	@Enumerated(EnumType.STRING)
	private ConditionKind kind;

	private String words;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "deadline_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "deadline_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "deadline_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "deadline_text")) })
	private FuzzyDate deadline;

	@OneToMany(mappedBy = "condition", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Citation> citations = new ArrayList<>();

	public Commitment getCommitment() {
		return this.commitment;
	}

	public void setCommitment(Commitment commitment) {
		this.commitment = commitment;
	}

	public ConditionKind getKind() {
		return this.kind;
	}

	public void setKind(ConditionKind kind) {
		this.kind = kind;
	}

	public String getWords() {
		return this.words;
	}

	public void setWords(String words) {
		this.words = words;
	}

	public FuzzyDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(FuzzyDate deadline) {
		this.deadline = deadline;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
