package io.dealgraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
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

	private final Cache<String, PreparsedDocumentEntry> parsed = Caffeine.newBuilder().maximumSize(2_000).build();

	private final Cache<String, String> persisted = Caffeine.newBuilder().maximumSize(10_000).build();

	private final Set<String> trusted;

	/** @param trustedLocation the example library, or null to accept any document */
	public Documents(String trustedLocation) {
		this.trusted = trustedLocation == null ? null : loadTrusted(trustedLocation);
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
			else if (!sha256(query).equals(sha)) {
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
		ExecutionInput withQuery = document.equals(input.getQuery()) ? input
				: input.transform(builder -> builder.query(document));
		return CompletableFuture.completedFuture(this.parsed.get(document, text -> parseAndValidate.apply(withQuery)));
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

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
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
