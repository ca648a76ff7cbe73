package io.dealgraph.source;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.SqlSchema.ConnectionSql;
import io.dealgraph.graphql.Order;
import io.dealgraph.graphql.OrderDirection;
import io.dealgraph.graphql.OrderInput;

import org.springframework.stereotype.Component;

/** How {@code Source} reads from SQL ({@code schema/source.graphqls}). */
@Component
class SourceSql implements SqlDeclarations {

	/** The schema's {@code SourceOrderField}: sources by publication (the default) or title. */
	enum SourceOrderField {

		PUBLISHED, TITLE

	}

	static Order order(OrderInput<SourceOrderField> o) {
		return Order.by(o.field().name(), o.descending(),
				o.field() == SourceOrderField.TITLE ? Order.text("lower(q.title)") : Order.earliestDate("published", o.descending()));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Source")
			.table("source")
			.globalId()
			.columns("slug", "title", "publisher", "author", "authorNote", "url", "fileName", "contentSha256")
			.value("text", "{t}.content")
			// As graphql-java-extended-scalars writes them: an instant in UTC to the millisecond, a local time to the second.
			.value("publishedAt", "to_char({t}.published_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
			.value("publishedLocalTime", "to_char({t}.published_local_time, 'HH24:MI:SS')")
			.embedded("published", "FuzzyDate", "published", BaseSql.NO_DATE);
		schema.rootObject("source", "Source", "{t}.slug = ?", "slug");
		schema.rootConnection("sources", ConnectionSql.of("Source", null, order(new OrderInput<>(SourceOrderField.PUBLISHED, OrderDirection.ASC)))
			.orderedBy(args -> order(OrderInput.of(args, SourceOrderField.class, SourceOrderField.PUBLISHED, OrderDirection.ASC)))
			.where("filter.publisher", "strpos(lower(q.publisher), lower(?)) > 0")
			.where("filter.publishedFrom", BaseSql.endsOnOrAfter("published"))
			.where("filter.publishedTo", BaseSql.beginsOnOrBefore("published")));
	}

}
