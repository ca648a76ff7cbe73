package io.dealgraph.source;

import java.time.LocalDate;

import io.dealgraph.compiler.ConnectionSql;
import io.dealgraph.compiler.Order;
import io.dealgraph.compiler.OrderDirection;
import io.dealgraph.compiler.OrderInput;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.fact.FuzzyDateSql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.sql;
import static io.dealgraph.compiler.sql.Sql.value;

/** How {@code Source} reads from SQL ({@code schema/source.graphqls}). */
@Component
class SourceSql implements SqlDeclarations {

	/** The schema's {@code SourceOrderField}: sources by publication (the default) or title. */
	enum SourceOrderField {

		PUBLISHED, TITLE

	}

	/** The schema's {@code SourceOrder}. */
	record SourceOrder(SourceOrderField field, OrderDirection direction) implements OrderInput<SourceOrderField> {
	}

	/** The arguments of {@code Query.sources}. */
	record SourcesArguments(SourceFilter filter, SourceOrder orderBy) {

		SourcesArguments {
			filter = filter != null ? filter : new SourceFilter(null, null, null, null);
		}

	}

	/** The schema's {@code SourceFilter}. */
	record SourceFilter(String publisher, LocalDate publishedFrom, LocalDate publishedTo, SourceKind kind) {
	}

	static Order order(OrderInput<SourceOrderField> o) {
		return Order.by(o.field().name(), o.descending(), o.field() == SourceOrderField.TITLE
				? Order.text(q -> sql("lower(", q.col("title"), ")")) : Order.earliestDate("published", o.descending()));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(SourceOrderField.class, SourceKind.class);
		schema.type("Source")
			.table("source")
			.globalId()
			.columns("slug", "title", "publisher", "author", "authorNote", "url", "fileName", "contentSha256", "kind", "kindNote")
			.value("retrievedAt", source -> sql("to_char(", source.col("retrieved_at"),
					" at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"))
			.value("text", source -> source.col("content"))
			// As graphql-java-extended-scalars writes them: an instant in UTC to the millisecond, a local time to the second.
			.value("publishedAt", source -> sql("to_char(", source.col("published_at"),
					" at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"))
			.value("publishedLocalTime", source -> sql("to_char(", source.col("published_local_time"), ", 'HH24:MI:SS')"))
			.embedded("published", "FuzzyDate", "published_", FuzzyDateSql::noDate);
		schema.rootBySlug("source", "Source");
		schema.rootConnection("sources", ConnectionSql.of("Source", SourcesArguments.class,
				args -> order(OrderInput.orElse(args.orderBy(), new SourceOrder(SourceOrderField.PUBLISHED, OrderDirection.ASC))))
			.where(args -> args.filter().publisher(),
					(source, text) -> sql("strpos(lower(", source.col("publisher"), "), lower(", value(text), ")) > 0"))
			.where(args -> args.filter().publishedFrom(), (source, day) -> FuzzyDateSql.endsOnOrAfter(source, "published", day))
			.where(args -> args.filter().publishedTo(), (source, day) -> FuzzyDateSql.beginsOnOrBefore(source, "published", day))
			.where(args -> args.filter().kind(), (source, kind) -> io.dealgraph.compiler.sql.Sql.eq(source.col("kind"), value(kind))));
	}

}
