package io.dealgraph.seed;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.dealgraph.graphql.Sha256;
import io.dealgraph.seed.SeedModel.CitationSeed;
import io.dealgraph.seed.SeedModel.CommitmentSeed;
import io.dealgraph.seed.SeedModel.DateSeed;
import io.dealgraph.seed.SeedModel.DealFile;
import io.dealgraph.seed.SeedModel.EventSeed;
import io.dealgraph.seed.SeedModel.OrganizationSeed;
import io.dealgraph.seed.SeedModel.PartySeed;
import io.dealgraph.seed.SeedModel.PersonSeed;
import io.dealgraph.seed.SeedModel.SourceSeed;
import io.dealgraph.seed.SeedModel.SpeakerSeed;
import io.dealgraph.seed.SeedModel.StatementSeed;
import io.dealgraph.seed.SeedModel.TermSeed;
import io.dealgraph.seed.SeedReader.ResolvedCitation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads checked seeds in one transaction. The same files load once: a second load finds the
 * checksum unchanged and writes nothing. Changed files replace every curated row; identities
 * restart, so the same files always give the same rows, and global ids (made of slugs) never move.
 */
@Component
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private static final String CURATED_TABLES = """
			citation, statement_speaker, statement, event_organization, exclusivity_term, commitment, event,
			deal_party, deal, person, organization_alias, organization, source""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	/** Writes as the owner: the API's own pool can only read. */
	SeedLoader(@Qualifier("ownerDataSource") DataSource owner) {
		this.jdbc = new JdbcTemplate(owner);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(owner));
	}

	/** Loads the seeds unless these exact files are already loaded; returns whether it wrote. */
	public boolean load(SeedFiles files) {
		Seeds seeds = SeedReader.read(files);
		Boolean wrote = this.transaction.execute(status -> {
			this.jdbc.execute("lock table seed_state in exclusive mode");
			List<String> loaded = this.jdbc.queryForList("select checksum from seed_state where id = 1", String.class);
			if (loaded.equals(List.of(seeds.checksum()))) {
				return false;
			}
			this.jdbc.execute("truncate " + CURATED_TABLES + " restart identity");
			new Writer(seeds).write();
			this.jdbc.execute("refresh materialized view search_document");
			this.jdbc.execute("refresh materialized view search_word");
			this.jdbc.update("""
					insert into seed_state (id, checksum, file_count) values (1, ?, ?)
					on conflict (id) do update set checksum = excluded.checksum, file_count = excluded.file_count,
					  loaded_at = now()""", seeds.checksum(), seeds.fileCount());
			return true;
		});
		log.info(Boolean.TRUE.equals(wrote) ? "Loaded seeds: {}" : "Seeds unchanged, nothing written: {}",
				seeds.summary());
		return Boolean.TRUE.equals(wrote);
	}

	/** Writes one checked data set; runs inside the loader's transaction. */
	private final class Writer {

		private final Seeds seeds;

		private final Map<String, Long> sources = new HashMap<>();

		private final Map<String, Long> organizations = new HashMap<>();

		private final Map<String, Long> people = new HashMap<>();

		private final Map<String, Long> deals = new HashMap<>();

		private final Map<String, Long> events = new HashMap<>();

		private final Map<String, Long> terms = new HashMap<>();

		private final Map<String, Long> commitments = new HashMap<>();

		Writer(Seeds seeds) {
			this.seeds = seeds;
		}

		void write() {
			for (SourceSeed s : this.seeds.sources()) {
				String text = this.seeds.sourceTexts().get(s.slug()).text();
				List<Object> args = new ArrayList<>(List.of(s.slug(), s.file().substring(s.file().lastIndexOf('/') + 1),
						s.title()));
				args.add(s.publisher());
				args.add(s.author());
				args.add(s.authorNote());
				addDate(args, s.published());
				args.add(s.publishedAt());
				args.add(s.publishedLocalTime() == null ? null : Time.valueOf(s.publishedLocalTime()));
				args.add(s.url());
				args.add(text);
				args.add(Sha256.hex(text));
				this.sources.put(s.slug(), insert("""
						insert into source (slug, file_name, title, publisher, author, author_note,
						  published_earliest, published_latest, published_precision, published_text,
						  published_at, published_local_time, url, content, content_sha256)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", args));
			}
			for (OrganizationSeed o : this.seeds.organizations()) {
				this.organizations.put(o.slug(), insert("""
						insert into organization (slug, name, kind, description) values (?, ?, ?, ?) returning id""",
						listOf(o.slug(), o.name(), o.kind(), o.description())));
			}
			for (OrganizationSeed o : this.seeds.organizations()) {
				long id = this.organizations.get(o.slug());
				if (o.parent() != null) {
					SeedLoader.this.jdbc.update("update organization set parent_id = ? where id = ?",
							this.organizations.get(o.parent()), id);
				}
				names(id, "ALIAS", o.aliases());
				names(id, "TICKER", o.tickers());
				cite("organization_id", id, o.citations());
			}
			for (PersonSeed p : this.seeds.people()) {
				long id = insert("insert into person (slug, name, role, organization_id) values (?, ?, ?, ?) returning id",
						listOf(p.slug(), p.name(), p.role(), this.organizations.get(p.organization())));
				this.people.put(p.slug(), id);
				cite("person_id", id, p.citations());
			}
			for (DealFile file : this.seeds.deals()) {
				var d = file.deal();
				List<Object> args = listOf(d.slug(), d.title(), d.kind(), d.status(), d.summary());
				addDate(args, d.announced());
				addDate(args, d.effective());
				addDate(args, d.ended());
				long id = insert("""
						insert into deal (slug, title, kind, status, summary,
						  announced_earliest, announced_latest, announced_precision, announced_text,
						  effective_earliest, effective_latest, effective_precision, effective_text,
						  ended_earliest, ended_latest, ended_precision, ended_text)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", args);
				this.deals.put(d.slug(), id);
				cite("deal_id", id, d.citations());
			}
			for (DealFile file : this.seeds.deals()) {
				long dealId = this.deals.get(file.deal().slug());
				if (file.deal().parent() != null) {
					SeedLoader.this.jdbc.update("update deal set parent_id = ? where id = ?",
							this.deals.get(file.deal().parent()), dealId);
				}
				for (PartySeed party : list(file.parties())) {
					long id = insert("insert into deal_party (deal_id, organization_id, role) values (?, ?, ?) returning id",
							listOf(dealId, this.organizations.get(party.organization()), party.role()));
					cite("deal_party_id", id, party.citations());
				}
				for (EventSeed e : list(file.events())) {
					List<Object> args = listOf(e.slug(), e.title(), e.kind(), dealId, e.description());
					addDate(args, e.date());
					long id = insert("""
							insert into event (slug, title, kind, deal_id, description,
							  date_earliest, date_latest, date_precision, date_text)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", args);
					this.events.put(e.slug(), id);
					for (String org : list(e.organizations())) {
						SeedLoader.this.jdbc.update("insert into event_organization (event_id, organization_id) values (?, ?)",
								id, this.organizations.get(org));
					}
					cite("event_id", id, e.citations());
				}
			}
			for (DealFile file : this.seeds.deals()) {
				long dealId = this.deals.get(file.deal().slug());
				for (CommitmentSeed c : list(file.commitments())) {
					List<Object> args = listOf(c.slug(), dealId, this.organizations.get(c.committer()),
							c.recipient() == null ? null : this.organizations.get(c.recipient()), c.kind(), c.amount(),
							c.unit(), c.qualifier(), c.amountText(), c.resource(), c.horizon(), c.modality(),
							c.description(), c.claimGroup(), c.isPreferred());
					addDate(args, c.date());
					long id = insert("""
							insert into commitment (slug, deal_id, committer_id, recipient_id, kind, amount, unit,
							  qualifier, amount_text, resource, horizon, modality, description, claim_group,
							  claim_preferred, date_earliest, date_latest, date_precision, date_text)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", args);
					this.commitments.put(c.slug(), id);
					cite("commitment_id", id, c.citations());
				}
				for (TermSeed t : list(file.exclusivityTerms())) {
					List<Object> args = listOf(t.slug(), dealId, this.organizations.get(t.grantor()),
							this.organizations.get(t.holder()), t.scope(), t.status());
					addDate(args, t.validFrom());
					addDate(args, t.validTo());
					args.add(t.supersededByEvent() == null ? null : this.events.get(t.supersededByEvent()));
					long id = insert("""
							insert into exclusivity_term (slug, deal_id, grantor_id, holder_id, scope, status,
							  valid_from_earliest, valid_from_latest, valid_from_precision, valid_from_text,
							  valid_to_earliest, valid_to_latest, valid_to_precision, valid_to_text, superseded_by_event_id)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", args);
					this.terms.put(t.slug(), id);
					cite("exclusivity_term_id", id, t.citations());
				}
				for (StatementSeed s : list(file.statements())) {
					List<Object> args = listOf(s.slug(), s.quote(), s.channel(), dealId);
					addDate(args, s.date());
					long id = insert("""
							insert into statement (slug, quote, channel, deal_id,
							  date_earliest, date_latest, date_precision, date_text)
							values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", args);
					for (SpeakerSeed speaker : list(s.speakers())) {
						SeedLoader.this.jdbc.update(
								"insert into statement_speaker (statement_id, person_id, organization_id) values (?, ?, ?)", id,
								speaker.person() == null ? null : this.people.get(speaker.person()),
								speaker.organization() == null ? null : this.organizations.get(speaker.organization()));
					}
					cite("statement_id", id, s.citations());
				}
			}
			for (DealFile file : this.seeds.deals()) {
				for (CommitmentSeed c : list(file.commitments())) {
					if (c.partOf() != null) {
						SeedLoader.this.jdbc.update("update commitment set part_of_id = ? where id = ?",
								this.commitments.get(c.partOf()), this.commitments.get(c.slug()));
					}
				}
				for (TermSeed t : list(file.exclusivityTerms())) {
					if (t.supersededByTerm() != null) {
						SeedLoader.this.jdbc.update("update exclusivity_term set superseded_by_term_id = ? where id = ?",
								this.terms.get(t.supersededByTerm()), this.terms.get(t.slug()));
					}
				}
			}
		}

		private void names(long organizationId, String kind, List<String> values) {
			for (String value : list(values)) {
				SeedLoader.this.jdbc.update(
						"insert into organization_alias (organization_id, kind, value) values (?, ?, ?)", organizationId,
						kind, value);
			}
		}

		private void cite(String column, long factId, List<CitationSeed> citations) {
			for (CitationSeed seed : list(citations)) {
				ResolvedCitation c = this.seeds.citations().get(seed);
				SeedLoader.this.jdbc.update("""
						insert into citation (source_id, excerpt, start_offset, end_offset, credited_outlet, %s)
						values (?, ?, ?, ?, ?, ?)""".formatted(column), this.sources.get(c.source()), c.excerpt(),
						c.start(), c.end(), c.outlet(), factId);
			}
		}

		private long insert(String sql, List<Object> args) {
			return SeedLoader.this.jdbc.queryForObject(sql, Long.class, args.toArray());
		}

	}

	private static void addDate(List<Object> args, DateSeed date) {
		args.add(date == null ? null : toSql(date.earliest()));
		args.add(date == null ? null : toSql(date.latest()));
		args.add(date == null ? null : date.precision());
		args.add(date == null ? null : date.text());
	}

	private static Date toSql(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	private static List<Object> listOf(Object... values) {
		List<Object> list = new ArrayList<>();
		for (Object value : values) {
			list.add(value);
		}
		return list;
	}

	private static <T> List<T> list(List<T> items) {
		return items == null ? List.of() : items;
	}

}
