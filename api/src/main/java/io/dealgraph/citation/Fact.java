package io.dealgraph.citation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The kinds of fact that carry citations, named as the schema's {@code SearchType} values: each
 * is a GraphQL type whose name is the constant's in Pascal case, and its citations point at it by
 * the column named after it ({@code deal_id}, {@code exclusivity_term_id}; an agreement term by
 * its exclusivity term's). Those that weigh
 * their evidence also have {@code outlets} and {@code corroboration}.
 */
public enum Fact {

	ORGANIZATION(false), PERSON(true), DEAL(true), DEAL_PARTY(true), COMMITMENT(true), EXCLUSIVITY_TERM(true),
	STATEMENT(true), EVENT(true), SOURCE(false), CONDITION(true), DATE_CLAIM(true),
	// An agreement term's citations are its exclusivity_term row's: ExclusivityTerm is one kind of it.
	AGREEMENT_TERM(true, "exclusivity_term_id");

	private final boolean outlets;

	private final String citationColumn;

	Fact(boolean outlets) {
		this(outlets, null);
	}

	Fact(boolean outlets, String citationColumn) {
		this.outlets = outlets;
		this.citationColumn = citationColumn != null ? citationColumn : name().toLowerCase(Locale.ROOT) + "_id";
	}

	/** The GraphQL type: {@code EXCLUSIVITY_TERM} is {@code ExclusivityTerm}. */
	public String typeName() {
		return Arrays.stream(name().split("_"))
			.map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
			.collect(Collectors.joining());
	}

	/** The column of {@code citation} that points at a fact of this kind. */
	public String citationColumn() {
		return this.citationColumn;
	}

	/** Whether the type has {@code outlets} and {@code corroboration}. */
	public boolean hasOutlets() {
		return this.outlets;
	}

	/** For a discriminator column holding these constants' names: each name and its GraphQL type. */
	public static Map<String, String> typesByName(Fact... facts) {
		Map<String, String> types = new LinkedHashMap<>();
		for (Fact fact : facts) {
			types.put(fact.name(), fact.typeName());
		}
		return types;
	}

}
