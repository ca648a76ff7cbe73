package io.dealgraph.source;

import io.dealgraph.compiler.BaseSql;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;

import org.springframework.stereotype.Component;

/** How {@code Source} reads from SQL ({@code schema/source.graphqls}). */
@Component
class SourceSql implements SqlDeclarations {

	@Override
	public void declare(SqlSchema schema) {
		schema.type("Source")
			.table("source")
			.globalId()
			.columns("slug", "title", "publisher", "author", "authorNote", "url", "fileName", "contentSha256")
			.value("text", "{t}.content")
			.embedded("published", "FuzzyDate", "published", BaseSql.NO_DATE);
		schema.rootObject("source", "Source", "{t}.slug = ?", "slug");
	}

}
