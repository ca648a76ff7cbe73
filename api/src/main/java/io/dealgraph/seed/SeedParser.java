package io.dealgraph.seed;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.CollectingProblemHandler;
import tools.jackson.databind.exc.CollectedProblem;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads one seed file into its model, reporting in curators' words (no parser internals) every
 * unknown key and every value of the wrong type at once, each at its place in the file.
 */
final class SeedParser {

	/** snakeyaml's names for what it expected or found, in words. */
	private static final Map<String, String> TOKENS = Map.of("stream end", "the end of the file", "block end",
			"the end of the indented block", "block mapping start", "a key indented more than the one before",
			"block sequence start", "a list item", "scalar", "a value", "flow mapping end", "}",
			"flow sequence end", "]", "document start", "---", "block entry", "a list item");

	private static final Pattern TOKEN = Pattern.compile("<([a-z ]+)>|'<([a-z ]+)>'");

	private final YAMLMapper yaml;

	private final String path;

	private final Problems problems;

	SeedParser(YAMLMapper yaml, String path, Problems problems) {
		this.yaml = yaml;
		this.path = path;
		this.problems = problems;
	}

	/** The file's model, or null after reporting why it cannot be read. */
	<T> T parse(String content, Class<T> type) {
		JsonNode tree;
		try {
			tree = this.yaml.readTree(content);
		}
		catch (JacksonException ex) {
			syntax(ex);
			return null;
		}
		if (tree == null || tree.isMissingNode() || tree.isNull()) {
			this.problems.add(this.path + ": file is empty");
			return null;
		}
		if (!tree.isObject()) {
			this.problems.at(this.path, "", "expected keys such as 'deal:' or 'sources:' at the top of the file");
			return null;
		}
		int before = this.problems.size();
		tree = References.resolve(tree, this.path, this.problems);
		UnknownKeys unknown = new UnknownKeys();
		T value = null;
		try {
			value = this.yaml.readerFor(type)
				.problemCollectingReader(unknown)
				.readValueCollectingProblems(this.yaml.treeAsTokens(tree));
		}
		catch (DeferredBindingException ex) {
			ex.getProblems().forEach(this::wrongValue);
		}
		catch (MismatchedInputException ex) {
			this.problems.at(this.path, pointer(ex.getPath()), "expected " + expected(ex.getTargetType()));
		}
		catch (JacksonException ex) {
			this.problems.at(this.path, pointer(ex.getPath()), "cannot be read here");
		}
		unknown.keys.forEach(key -> this.problems.at(this.path, key.pointer(), "unknown key '" + key.name() + "'"
				+ Suggestions.didYouMean(key.name(), key.known()) + " (keys here: " + String.join(", ", key.known()) + ")"));
		return this.problems.size() > before ? null : value;
	}

	private void syntax(JacksonException ex) {
		int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
		String message = "not well-formed YAML";
		if (ex.getCause() instanceof MarkedYamlEngineException yaml) {
			line = yaml.getProblemMark().map(mark -> mark.getLine() + 1).orElse(line);
			message = "not well-formed YAML: " + words(yaml.getProblem())
					+ (yaml.getContext() == null ? "" : " (" + words(yaml.getContext())
							+ yaml.getContextMark().map(mark -> " at line " + (mark.getLine() + 1)).orElse("") + ")");
			if (yaml.getProblem() != null && yaml.getProblem().contains("mapping values are not allowed")) {
				message += ": a value that contains ': ' must be in double quotes";
			}
		}
		this.problems.at(this.path, Math.max(line, 1), message);
	}

	private static String words(String snakeyaml) {
		Matcher m = TOKEN.matcher(snakeyaml);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1) != null ? m.group(1) : m.group(2);
			m.appendReplacement(out, Matcher.quoteReplacement(TOKENS.getOrDefault(name, name)));
		}
		m.appendTail(out);
		return out.toString();
	}

	private void wrongValue(CollectedProblem problem) {
		Class<?> target = problem.getTargetType() == null ? Object.class : problem.getTargetType().getRawClass();
		String value = problem.getRawValue() == null ? "this value" : "'" + problem.getRawValue() + "'";
		this.problems.at(this.path, problem.getPath().toString(), value + " is not " + expected(target));
	}

	/** What a value of the type looks like, in a curator's words. */
	static String expected(Class<?> type) {
		if (type == null) {
			return "a value of another shape";
		}
		if (type == LocalDate.class) {
			return "a date (YYYY-MM-DD, such as 2026-04-13)";
		}
		if (type == OffsetDateTime.class) {
			return "a timestamp (such as 2026-04-13T17:20:00Z)";
		}
		if (type == LocalTime.class) {
			return "a time of day (HH:MM, such as 17:05)";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == BigInteger.class) {
			return "a whole number";
		}
		if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "text (not a list or a mapping)";
		}
		if (Collection.class.isAssignableFrom(type)) {
			return "a list ([a, b], or one '- ' item per line)";
		}
		return "a mapping of keys (key: value)";
	}

	private static String pointer(List<JacksonException.Reference> path) {
		StringBuilder pointer = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			pointer.append('/').append(reference.getPropertyName() != null ? reference.getPropertyName() : reference.getIndex());
		}
		return pointer.toString();
	}

	private record UnknownKey(String pointer, String name, List<String> known) {
	}

	/** Every unknown key of the file, with the keys its entry knows; the collecting handler takes the rest. */
	private static final class UnknownKeys extends CollectingProblemHandler {

		private final List<UnknownKey> keys = new ArrayList<>();

		@Override
		public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
				Object beanOrClass, String propertyName) throws JacksonException {
			List<String> known = new ArrayList<>();
			if (deserializer != null && deserializer.getKnownPropertyNames() != null) {
				deserializer.getKnownPropertyNames().forEach(name -> known.add(String.valueOf(name)));
			}
			JsonPointer at = p.streamReadContext().pathAsPointer();
			String pointer = at.toString();
			if (!pointer.endsWith("/" + propertyName)) {
				pointer = pointer + "/" + propertyName;
			}
			this.keys.add(new UnknownKey(pointer, propertyName, known));
			p.skipChildren();
			return true;
		}

	}

}
