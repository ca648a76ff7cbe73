package io.dealgraph.compiler;

import org.springframework.stereotype.Component;

/** The types of {@code schema/base.graphqls} that read from columns: a fuzzy date is four columns of its fact's row. */
@Component
public class BaseSql implements SqlDeclarations {

	/** The condition under which a fact has no such date (the prefix's precision is null). */
	public static final String NO_DATE = "{t}.{p}_precision is null";

	@Override
	public void declare(SqlSchema schema) {
		schema.type("FuzzyDate")
			.value("earliest", "{t}.{p}_earliest")
			.value("latest", "{t}.{p}_latest")
			.value("precision", "{t}.{p}_precision")
			.value("text", "{t}.{p}_text")
			.value("display", "dg_fuzzy_display({t}.{p}_earliest, {t}.{p}_latest, {t}.{p}_precision)");
	}

}
