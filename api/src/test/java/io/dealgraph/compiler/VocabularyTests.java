package io.dealgraph.compiler;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import io.dealgraph.compiler.SqlSchema.Column;
import io.dealgraph.compiler.SqlSchema.Embedded;
import io.dealgraph.compiler.SqlSchema.Table;
import io.dealgraph.compiler.SqlSchema.TypeSql;
import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary: each enum column the declarations read (found from them, not listed here) is
 * held by a database CHECK, of the column or of its domain, that allows exactly the values of the
 * schema's enum, which is the Java enum the seed reader checks the seeds against.
 */
class VocabularyTests extends ApiTest {

	static final Pattern VALUE = Pattern.compile("'([A-Z_]+)'");

	@Autowired
	SqlSchema declarations;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	@Test
	void everyEnumColumnTheDeclarationsRead_isCheckedInTheDatabase_forExactlyTheJavaEnumsValues() {
		Map<String, Class<? extends Enum<?>>> enums = this.declarations.vocabulary()
			.stream()
			.collect(Collectors.toMap(Class::getSimpleName, type -> type));
		Map<String, String> checked = new TreeMap<>();
		this.declarations.types().forEach((name, type) -> {
			if (type.rows() instanceof Table table) {
				columns(name, type, table.name(), "", enums, checked);
			}
		});
		assertThat(checked).as("enum columns found from the declarations").containsKeys("deal.kind", "deal.status",
				"deal_party.role", "commitment.unit", "commitment.qualifier", "commitment.modality", "commitment.kind",
				"exclusivity_term.status", "statement.channel", "event.kind", "organization.kind", "deal.announced_precision");
	}

	private void columns(String typeName, TypeSql type, String table, String prefix,
			Map<String, Class<? extends Enum<?>>> enums, Map<String, String> checked) {
		GraphQLObjectType object = (GraphQLObjectType) this.graphQlSource.schema().getType(typeName);
		type.fields().forEach((field, sql) -> {
			GraphQLFieldDefinition definition = object.getFieldDefinition(field);
			if (sql instanceof Column column && GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLEnumType sdl) {
				String where = table + "." + prefix + column.column();
				Set<String> allowed = allowed(table, prefix + column.column());
				Set<String> java = Arrays.stream(enums.get(sdl.getName()).getEnumConstants()).map(Enum::name)
					.collect(Collectors.toCollection(TreeSet::new));
				assertThat(allowed).as(where + " against " + sdl.getName()).isEqualTo(java);
				checked.put(where, sdl.getName());
			}
			else if (sql instanceof Embedded embedded) {
				columns(embedded.typeName(), this.declarations.typeOf(embedded.typeName()), table, prefix + embedded.prefix(), enums,
						checked);
			}
		});
	}

	/** The values a CHECK of the column, or of its domain, allows. */
	private Set<String> allowed(String table, String column) {
		JdbcTemplate jdbc = new JdbcTemplate(this.owner);
		String definitions = String.join(" ", jdbc.queryForList("""
				select pg_get_constraintdef(c.oid) from pg_constraint c
				join pg_class t on t.oid = c.conrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = any(c.conkey)
				where c.contype = 'c' and t.relname = ? and a.attname = ? and array_length(c.conkey, 1) = 1
				union all
				select pg_get_constraintdef(c.oid) from pg_constraint c join pg_type d on d.oid = c.contypid
				join pg_attribute a on a.atttypid = d.oid join pg_class t on t.oid = a.attrelid
				where t.relname = ? and a.attname = ?""", String.class, table, column, table, column));
		Set<String> values = new TreeSet<>();
		Matcher matcher = VALUE.matcher(definitions);
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

}
