package io.dealgraph.commitment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.dealgraph.graphql.FuzzyDate;

/**
 * Competing claims about one commitment: how each source worded it, which claim the curators
 * prefer, and the attributes the claims disagree on.
 */
public record ClaimGroup(String key, List<Claim> entries) {

	/** Attributes compared between claims, and how each claim's value reads. */
	static final Map<String, Function<Claim, String>> ATTRIBUTES = attributes();

	public Commitment preferred() {
		return this.entries.stream()
			.map(Claim::commitment)
			.filter(Commitment::claimPreferred)
			.findFirst()
			.orElse(this.entries.get(0).commitment());
	}

	/** Every claim, the preferred one first. */
	public List<Commitment> claims() {
		return this.entries.stream().map(Claim::commitment).toList();
	}

	/** Every attribute on which at least two claims differ, with each value and the claims that state it. */
	public List<Disagreement> disagreements() {
		List<Disagreement> result = new ArrayList<>();
		ATTRIBUTES.forEach((attribute, read) -> {
			Map<String, List<Commitment>> byValue = new LinkedHashMap<>();
			for (Claim claim : this.entries) {
				byValue.computeIfAbsent(read.apply(claim), v -> new ArrayList<>()).add(claim.commitment());
			}
			if (byValue.size() > 1 && (!attribute.equals("DATE") || datesConflict())) {
				Commitment preferred = preferred();
				result.add(new Disagreement(attribute, byValue.entrySet()
					.stream()
					.map(e -> new ClaimValue(e.getKey(), e.getValue(), e.getValue().contains(preferred)))
					.toList()));
			}
		});
		return result;
	}

	/** Dates disagree only when two claims' spans cannot both be right: "2026-02-27" sits inside "early 2026". */
	private boolean datesConflict() {
		List<FuzzyDate> dates = this.entries.stream().map(c -> c.commitment().date()).filter(Objects::nonNull).toList();
		for (FuzzyDate a : dates) {
			for (FuzzyDate b : dates) {
				if (a.latest() != null && b.earliest() != null && a.latest().isBefore(b.earliest())) {
					return true;
				}
			}
		}
		return false;
	}

	private static Map<String, Function<Claim, String>> attributes() {
		Map<String, Function<Claim, String>> attributes = new LinkedHashMap<>();
		attributes.put("AMOUNT", c -> c.commitment().quantity() == null ? "not stated"
				: c.commitment().quantity().amount().stripTrailingZeros().toPlainString());
		attributes.put("UNIT", c -> c.commitment().quantity() == null ? "not stated" : c.commitment().quantity().unit());
		attributes.put("QUALIFIER",
				c -> c.commitment().quantity() == null ? "not stated" : c.commitment().quantity().qualifier());
		attributes.put("MODALITY", c -> c.commitment().modality());
		attributes.put("DATE", c -> c.commitment().date() == null ? "not stated" : c.commitment().date().display());
		attributes.put("COMMITTER", Claim::committerSlug);
		attributes.put("RECIPIENT", c -> Objects.requireNonNullElse(c.recipientSlug(), "not stated"));
		return attributes;
	}

	/** One claim, with the slugs of its parties so values read as names. */
	public record Claim(Commitment commitment, String committerSlug, String recipientSlug) {
	}

	/** Claims that differ on one attribute. */
	public record Disagreement(String attribute, List<ClaimValue> values) {
	}

	/** One value of a disputed attribute, the claims that state it, and whether the preferred claim is among them. */
	public record ClaimValue(String value, List<Commitment> claims, boolean preferred) {
	}

}
