package io.dealgraph.fact;

import java.time.LocalDate;

import io.dealgraph.compiler.Row;
import io.dealgraph.compiler.SqlDeclarations;
import io.dealgraph.compiler.SqlSchema;
import io.dealgraph.compiler.sql.Sql;

import org.springframework.stereotype.Component;

import static io.dealgraph.compiler.sql.Sql.sql;

/**
 * The fuzzy date ({@code schema/base.graphqls}): four columns of its fact's row, named by a
 * prefix ({@code announced_earliest}, ...), and the conditions filters put on such dates.
 */
@Component
public class FuzzyDateSql implements SqlDeclarations {

	/** A fact has no such date where the date's precision is null. */
	public static Sql noDate(Row date) {
		return sql(date.col("precision"), " is null");
	}

	/** A fuzzy date ({@code <prefix>_*} of the row) that may end on or after the day; undated facts are left out. */
	public static Sql endsOnOrAfter(Row q, String prefix, LocalDate day) {
		Row date = q.prefixed(prefix + "_");
		return sql(date.col("precision"), " is not null and coalesce(", date.col("latest"), ", 'infinity'::date) >= ",
				Sql.cast(Sql.value(day), "date"));
	}

	/** A fuzzy date ({@code <prefix>_*} of the row) that may begin on or before the day; undated facts are left out. */
	public static Sql beginsOnOrBefore(Row q, String prefix, LocalDate day) {
		Row date = q.prefixed(prefix + "_");
		return sql(date.col("precision"), " is not null and coalesce(", date.col("earliest"), ", '-infinity'::date) <= ",
				Sql.cast(Sql.value(day), "date"));
	}

	@Override
	public void declare(SqlSchema schema) {
		schema.vocabulary(DatePrecision.class, InForce.class);
		schema.type("FuzzyDate")
			.columns("earliest", "latest", "precision", "text")
			.value("display", date -> sql("dg_fuzzy_display(", date.col("earliest"), ", ", date.col("latest"), ", ",
					date.col("precision"), ")"));
	}

}
