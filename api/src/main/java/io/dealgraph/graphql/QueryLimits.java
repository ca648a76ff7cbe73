package io.dealgraph.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits every document is checked against before it runs (defaults after GitHub, Shopify and
 * graphql-armor; see docs/LIMITS.md).
 *
 * @param maxDepth deepest field nesting, introspection not counted (graphql-java's good-faith
 * introspection check bounds that)
 * @param maxAliases aliased fields in one document
 * @param maxCost the most field values a document may ask for: every field counts once per
 * item its enclosing connections can return ({@code first}, 20 by default)
 * @param maxTokens parser tokens in one document
 * @param maxCharacters characters in one document
 * @param maxFields fields a document names once its fragments are expanded, introspection included
 * @param maxDatabaseCost the most rows the database may read for a document, as
 * {@link OperationCosts.Measure#databaseCost} counts them
 * @param maxStatementSize the most fields a document's statements may spell out
 * @param maxConcurrentPerClient requests one client (an API key, else an address) may have in
 * flight at once; more are refused with 429, so no client can take the whole connection pool
 */
@ConfigurationProperties("dealgraph.limits")
public record QueryLimits(int maxDepth, int maxAliases, long maxCost, int maxTokens, int maxCharacters, int maxFields,
		long maxDatabaseCost, long maxStatementSize, int maxConcurrentPerClient) {
}
