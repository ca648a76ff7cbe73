package io.dealgraph.compiler;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import io.dealgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.graphql.ResponseError;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values the compiler decodes and binds, forged by a client: cursors whose keys pass for their
 * type in Java but not in PostgreSQL's casts, ids and cursors holding control characters, dates
 * past what the database holds. Each is a client error naming its argument, never an internal one.
 */
class ForgedInputTests extends ApiTest {

	@Autowired
	@Qualifier("ownerDataSource")
	DataSource owner;

	@Autowired
	DataSource reader;

	/** A cursor with its i-th sort value replaced. */
	static String forged(String cursor, int key, String value) {
		String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		List<String> parts = new ArrayList<>(List.of(raw.split("\u001f", -1)));
		parts.set(2 + key, value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
	}

	private String endCursor(String connection) {
		return this.graphQl.document("{ c: " + connection + " { pageInfo { endCursor } } }")
			.execute()
			.path("c.pageInfo.endCursor").entity(String.class).get();
	}

	private void refusedAsACursor(String connection, String after, String path) {
		String document = "query($after: String) { c: " + connection.replace("first: 1", "first: 1, after: $after")
				+ " { totalCount } }";
		this.graphQl.document(document).variable("after", after).execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("argument", "after");
				assertThat(error.getMessage()).isEqualTo("Argument 'after' is not a cursor returned by this API");
			});
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "0000-01-01", "+10000-01-01", "-0001-01-01", "2026-02-30", "20260101" })
	void aDateKeyPastWhatADateHolds_isNoCursorOfOurs(String day) {
		String connection = "deals(first: 1)";
		refusedAsACursor(connection, forged(endCursor(connection), 0, day), "c");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e999999999", "12345678901234567", "1.23456", "NaN" })
	void anAmountKeyPastNumeric20_4_isNoCursorOfOurs(String amount) {
		String connection = "commitments(first: 1, orderBy: {field: AMOUNT, direction: ASC})";
		refusedAsACursor(connection, forged(endCursor(connection), 1, amount), "c");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.5f", "2d", "1e99", "1e-50", "Infinity" })
	void aScoreKeyThatIsNoFiniteReal_isNoCursorOfOurs(String score) {
		String connection = "search(query: \"Trainium\", first: 1)";
		refusedAsACursor(connection, forged(endCursor(connection), 0, score), "c");
	}

	@Test
	void aPositionBeyondAnInteger_andATextKeyHoldingNul_areNoCursorsOfOurs() {
		String citations = "source(slug: \"cloud-politics-heat-up\") { citations(first: 1) { pageInfo { endCursor } } }";
		String cursor = this.graphQl.document("{ " + citations + " }").execute()
			.path("source.citations.pageInfo.endCursor").entity(String.class).get();
		this.graphQl.document("query($after: String) { source(slug: \"cloud-politics-heat-up\") { citations(first: 1, after: $after) { totalCount } } }")
			.variable("after", forged(cursor, 1, "2147483648"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("argument", "after")));
		String connection = "organizations(first: 1)";
		refusedAsACursor(connection, forged(endCursor(connection), 0, "open\u0000ai"), "c");
	}

	@Test
	void aGlobalIdWhoseSlugHoldsNul_isNoIdOfOurs() {
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString("Deal:a\u0000b".getBytes(StandardCharsets.UTF_8));
		this.graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute().errors().satisfy(errors ->
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("argument", "id");
					assertThat(error.getMessage()).startsWith("Argument 'id' is not a dealgraph id");
				}));
	}

	@ParameterizedTest
	@ValueSource(strings = { "deals(asOf: $day, first: 1) { totalCount }", "deal(slug: \"stargate\") { inForce(on: $day) }",
			"timeline(from: $day) { totalCount }", "commitments(filter: {to: $day}) { totalCount }",
			"organization(slug: \"microsoft\") { exclusivityHeld(asOf: $day) { totalCount } }",
			"activity(of: DEALS, by: MONTH, from: $day) { notPlaced }" })
	void aDatePastWhatPostgresHolds_isRefusedByTheDateScalar_namingTheRange(String field) {
		for (String day : List.of("+5874898-01-01", "+10000-01-01", "0000-12-31", "-0001-01-01")) {
			List<ResponseError> errors = new ArrayList<>();
			this.graphQl.document("query($day: Date!) { " + field + " }").variable("day", day).execute().errors()
				.satisfy(errors::addAll);
			assertThat(errors).as(field + " " + day).singleElement().satisfies(error -> {
				assertThat(error.getMessage()).contains("is out of range: a date runs from 0001-01-01 to 9999-12-31");
				assertThat(error.getExtensions().get("classification")).isNotEqualTo("INTERNAL_ERROR");
			});
		}
	}

	@Test
	void aCursorValueHoldingTheSeparatorOrNull_travelsIntactThroughDgCursor() {
		String cursor = new JdbcTemplate(this.reader).queryForObject(
				"select dg_cursor('NAME:ASC', array[dg_cursor_value(null), dg_cursor_value('a' || chr(31) || 'b' || chr(30) || 'c')], 7)",
				String.class);
		Cursor decoded = Cursor.decode(cursor);
		assertThat(decoded.values()).containsExactly(null, "a\u001fb\u001ec");
		assertThat(decoded.id()).isEqualTo(7);
		assertThat(decoded.encode().replace("=", "")).isEqualTo(cursor);
	}

	@Test
	void organizationsPagedByName_passAnOrganizationWhoseNameHoldsTheSeparator() {
		JdbcTemplate jdbc = new JdbcTemplate(this.owner);
		jdbc.update("insert into organization (slug, name, kind) values ('zz-separator', 'Microsoft' || chr(31) || ' Research', 'COMPANY')");
		try {
			List<String> slugs = new ArrayList<>();
			String after = null;
			do {
				var page = this.graphQl.document("query($after: String) { organizations(first: 2, after: $after) { nodes { slug } pageInfo { endCursor hasNextPage } } }")
					.variable("after", after)
					.execute();
				slugs.addAll(page.path("organizations.nodes[*].slug").entityList(String.class).get());
				after = page.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get()
						? page.path("organizations.pageInfo.endCursor").entity(String.class).get() : null;
			}
			while (after != null);
			assertThat(slugs).containsOnlyOnce("zz-separator", "microsoft").hasSize(10);
			assertThat(slugs.indexOf("zz-separator")).isEqualTo(slugs.indexOf("microsoft") + 1);
		}
		finally {
			jdbc.update("delete from organization where slug = 'zz-separator'");
		}
	}

}
