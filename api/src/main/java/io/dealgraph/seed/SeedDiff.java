package io.dealgraph.seed;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.dealgraph.release.ChangeOperation;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The release a load of some seeds would make, without making it: the loader's dry run writes it
 * (Envers included) and rolls it back, and in between this reads it from fact_change and
 * fact_change_field (db/V14, V15), as {@code Query.changes} would after a real load.
 */
@Component
public class SeedDiff {

	/** Values longer than this print cut short (an article's text, a summary). */
	static final int SHOWN_CHARACTERS = 160;

	/** A field that changes, or an item of a collection added (before null) or removed (after null). */
	public record FieldChange(String field, String before, String after) {
	}

	/** One fact the release adds, changes or removes; a change lists its fields. */
	public record Change(String typeName, String slug, ChangeOperation operation, List<FieldChange> fields) {
	}

	/** The release a load would make: its number and changes, in fact_change's order; null and none when none. */
	public record ReleaseDiff(Long release, List<Change> changes) {

		public boolean isEmpty() {
			return this.changes.isEmpty();
		}

		/** How many facts of each kind it adds, changes and removes, kinds in the ledger's order. */
		public Map<String, Map<ChangeOperation, Integer>> counts() {
			Map<String, Map<ChangeOperation, Integer>> counts = new LinkedHashMap<>();
			for (Change change : this.changes) {
				counts.computeIfAbsent(change.typeName(), type -> new EnumMap<>(ChangeOperation.class))
					.merge(change.operation(), 1, Integer::sum);
			}
			return counts;
		}

	}

	private final SeedLoader loader;

	private final JdbcTemplate jdbc;

	/** Reads as the owner, on the loader's connection, inside its transaction. */
	SeedDiff(SeedLoader loader, @Qualifier("ownerDataSource") DataSource owner) {
		this.loader = loader;
		this.jdbc = new JdbcTemplate(owner);
	}

	/** What a load of these (checked) files would change; the database is left as it was. */
	public ReleaseDiff diff(SeedFiles files) {
		return this.loader.dryRun(files,
				release -> release == null ? new ReleaseDiff(null, List.of()) : new ReleaseDiff(release, read(release)));
	}

	private List<Change> read(long release) {
		Map<String, List<FieldChange>> fields = new HashMap<>();
		this.jdbc.query("""
				select type_name, fact_id, field, before, after from fact_change_field where release = ?
				order by place, field collate "C", before collate "C", after collate "C"
				""", rs -> {
			fields.computeIfAbsent(rs.getString(1) + "/" + rs.getLong(2), key -> new ArrayList<>())
				.add(new FieldChange(rs.getString(3), rs.getString(4), rs.getString(5)));
		}, release);
		return this.jdbc.query("select type_name, fact_id, slug, operation from fact_change where release = ? order by id",
				(rs, row) -> {
					ChangeOperation operation = ChangeOperation.valueOf(rs.getString(4));
					// As Change.fields: an addition or a removal lists none (its citations come and go with it).
					List<FieldChange> changed = operation != ChangeOperation.CHANGED ? List.of()
							: List.copyOf(fields.getOrDefault(rs.getString(1) + "/" + rs.getLong(2), List.of()));
					return new Change(rs.getString(1), rs.getString(3), operation, changed);
				}, release);
	}

	/** Prints the diff: each kind with its counts, each fact, each changed field before and after, then the totals. */
	public static void print(ReleaseDiff diff, PrintStream out) {
		if (diff.isEmpty()) {
			out.println("no changes: a load would make no release");
			return;
		}
		out.println("A load would make release " + diff.release() + ":");
		Map<String, Map<ChangeOperation, Integer>> counts = diff.counts();
		Map<String, List<Change>> byKind = diff.changes()
			.stream()
			.collect(Collectors.groupingBy(Change::typeName, LinkedHashMap::new, Collectors.toList()));
		byKind.forEach((kind, changes) -> {
			out.println("  " + kind + ": " + counts(counts.get(kind)));
			for (Change change : changes) {
				out.printf("    %-7s %s%n", change.operation().name().toLowerCase(Locale.ROOT), change.slug());
				for (FieldChange field : change.fields()) {
					out.println("      " + field.field() + ": " + shown(field.before()) + " -> " + shown(field.after()));
				}
			}
		});
		Map<ChangeOperation, Integer> total = new EnumMap<>(ChangeOperation.class);
		counts.values().forEach(kind -> kind.forEach((operation, n) -> total.merge(operation, n, Integer::sum)));
		out.println("In all: " + counts(total) + " (" + counts.size() + (counts.size() == 1 ? " kind" : " kinds")
				+ " of fact)");
	}

	private static String counts(Map<ChangeOperation, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map(count -> count.getValue() + " " + count.getKey().name().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
	}

	private static String shown(String value) {
		if (value == null) {
			return "(none)";
		}
		if (value.length() <= SHOWN_CHARACTERS) {
			return '"' + value + '"';
		}
		return '"' + value.substring(0, SHOWN_CHARACTERS) + "...\" (" + value.length() + " characters)";
	}

}
