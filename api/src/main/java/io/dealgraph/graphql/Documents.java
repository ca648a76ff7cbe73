package io.dealgraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.AstPrinter;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ErrorType;

/**
 * Where documents come from before they run: parsed and validated documents are cached by their
 * text; Apollo's automatic persisted queries let clients send a SHA-256 hash instead of a
 * document they sent before; and in trusted-documents mode only the documents of the example
 * library (compared after parsing, so whitespace and comments do not matter) run at all.
 */
public class Documents implements PreparsedDocumentProvider {

	/** The key under which the request's GraphQL context holds the text of the document that runs. */
	static final String DOCUMENT_TEXT = "dealgraph.documentText";

	private final Cache<String, PreparsedDocumentEntry> parsed = Caffeine.newBuilder().maximumSize(2_000).build();

	private final Cache<String, String> persisted = Caffeine.newBuilder().maximumSize(10_000).build();

	private final Set<String> trusted;

	private final QueryLimits limits;

	/** @param trustedLocation the example library, or null to accept any document */
	public Documents(String trustedLocation, QueryLimits limits) {
		this.trusted = trustedLocation == null ? null : loadTrusted(trustedLocation);
		this.limits = limits;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String query = input.getQuery();
		if (input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persistedQuery) {
			Object hash = persistedQuery.get("sha256Hash");
			if (!(hash instanceof String sha) || !Integer.valueOf(1).equals(persistedQuery.get("version"))) {
				return error("extensions.persistedQuery needs version 1 and a sha256Hash");
			}
			// Spring passes graphql-java's marker in place of an absent document.
			if (query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
				query = this.persisted.getIfPresent(sha);
				if (query == null) {
					// Apollo clients answer this by sending the document along with its hash.
					return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
						.message("PersistedQueryNotFound")
						.errorType(ErrorClassification.errorClassification("PERSISTED_QUERY_NOT_FOUND"))
						.extensions(Map.of("code", "PERSISTED_QUERY_NOT_FOUND", "sha256Hash", sha))
						.build()));
				}
			}
			else if (!Sha256.hex(query).equals(sha)) {
				return error("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query");
			}
		}
		String document = query;
		if (this.trusted != null && !this.trusted.contains(normalize(document))) {
			return error("Only the documents of the example library are accepted here (trusted-documents mode)");
		}
		if (input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persistedQuery) {
			this.persisted.put((String) persistedQuery.get("sha256Hash"), document);
		}
		if (document.indexOf('\u0000') >= 0 || document.toLowerCase(Locale.ROOT).contains("\\u0000")
				|| containsNullCharacter(input.getVariables())) {
			return error("Strings may not contain the null character (U+0000)");
		}
		// The text that runs, also for a persisted query sent by hash alone (LimitsInstrumentation keys on it).
		input.getGraphQLContext().put(DOCUMENT_TEXT, document);
		ExecutionInput withQuery = document.equals(input.getQuery()) ? input
				: input.transform(builder -> builder.query(document));
		return CompletableFuture.completedFuture(this.parsed.get(document, text -> checkSizeThenValidate(withQuery, parseAndValidate)));
	}

	/** Refuses documents whose expanded size is over the limits before validation can take long. */
	private PreparsedDocumentEntry checkSizeThenValidate(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		DocumentSize size;
		try {
			size = DocumentSize.of(Parser.parse(input.getQuery()));
		}
		catch (InvalidSyntaxException ex) {
			return parseAndValidate.apply(input);
		}
		if (size.fields() > this.limits.maxFields()) {
			return limitError("fields", size.fields(), this.limits.maxFields(), "The query names " + size.fields()
					+ " fields once its fragments are expanded; the limit is " + this.limits.maxFields() + ".");
		}
		if (size.aliases() > this.limits.maxAliases()) {
			return limitError("aliases", size.aliases(), this.limits.maxAliases(),
					"The query uses " + size.aliases() + " aliases; the limit is " + this.limits.maxAliases() + ".");
		}
		return parseAndValidate.apply(input);
	}

	private static PreparsedDocumentEntry limitError(String limit, long actual, long maximum, String message) {
		return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(Map.of("limit", limit, "actual", actual, "maximum", maximum))
			.build());
	}

	private static boolean containsNullCharacter(Object value) {
		if (value instanceof String text) {
			return text.indexOf('\u0000') >= 0;
		}
		if (value instanceof Map<?, ?> map) {
			return map.keySet().stream().anyMatch(Documents::containsNullCharacter)
					|| map.values().stream().anyMatch(Documents::containsNullCharacter);
		}
		if (value instanceof Iterable<?> items) {
			for (Object item : items) {
				if (containsNullCharacter(item)) {
					return true;
				}
			}
		}
		return false;
	}

	private static CompletableFuture<PreparsedDocumentEntry> error(String message) {
		return CompletableFuture.completedFuture(new PreparsedDocumentEntry(
				GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

	/** The document as printed from its syntax tree: same for any whitespace, comments or commas. */
	static String normalize(String document) {
		try {
			return AstPrinter.printAstCompact(Parser.parse(document));
		}
		catch (InvalidSyntaxException ex) {
			return document;
		}
	}

	private static Set<String> loadTrusted(String location) {
		try {
			Set<String> documents = new HashSet<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
				documents.add(normalize(resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			if (documents.isEmpty()) {
				throw new IllegalStateException("Trusted-documents mode found no documents at " + location);
			}
			return Set.copyOf(documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
