package io.dealgraph.seed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import io.dealgraph.citation.Citation;
import io.dealgraph.commitment.Commitment;
import io.dealgraph.commitment.CommitmentKind;
import io.dealgraph.commitment.Commitments;
import io.dealgraph.commitment.Modality;
import io.dealgraph.commitment.Unit;
import io.dealgraph.deal.Deal;
import io.dealgraph.deal.DealKind;
import io.dealgraph.deal.DealParty;
import io.dealgraph.deal.DealStatus;
import io.dealgraph.deal.Deals;
import io.dealgraph.deal.PartyRole;
import io.dealgraph.event.Event;
import io.dealgraph.event.EventKind;
import io.dealgraph.event.Events;
import io.dealgraph.exclusivity.ExclusivityStatus;
import io.dealgraph.exclusivity.ExclusivityTerm;
import io.dealgraph.exclusivity.ExclusivityTerms;
import io.dealgraph.fact.DatePrecision;
import io.dealgraph.fact.FuzzyDate;
import io.dealgraph.graphql.Sha256;
import io.dealgraph.organization.Organization;
import io.dealgraph.organization.OrganizationAlias;
import io.dealgraph.organization.OrganizationKind;
import io.dealgraph.organization.Organizations;
import io.dealgraph.organization.People;
import io.dealgraph.organization.Person;
import io.dealgraph.release.ReleaseListener;
import io.dealgraph.seed.SeedModel.CitationSeed;
import io.dealgraph.seed.SeedModel.CommitmentSeed;
import io.dealgraph.seed.SeedModel.DateSeed;
import io.dealgraph.seed.SeedModel.DealFile;
import io.dealgraph.seed.SeedModel.EventSeed;
import io.dealgraph.seed.SeedModel.OrganizationSeed;
import io.dealgraph.seed.SeedModel.PartySeed;
import io.dealgraph.seed.SeedModel.PersonSeed;
import io.dealgraph.seed.SeedModel.SourceSeed;
import io.dealgraph.seed.SeedModel.StatementSeed;
import io.dealgraph.seed.SeedModel.TermSeed;
import io.dealgraph.seed.SeedReader.ResolvedCitation;
import io.dealgraph.source.Source;
import io.dealgraph.source.Sources;
import io.dealgraph.statement.Statement;
import io.dealgraph.statement.StatementChannel;
import io.dealgraph.statement.StatementSpeaker;
import io.dealgraph.statement.Statements;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads checked seeds in one transaction, through the write side's entities and repositories.
 * The same files load once: a second load finds the checksum unchanged and writes nothing.
 * Changed files update, by kind and slug, only what changed: a fact keeps its row (and id), its
 * citations, names, parties and speakers are added and removed one by one, and a fact the seeds no
 * longer hold is removed. Envers keeps every version; the load, if it changed anything, is one
 * release. On an empty ledger the rows are written in a fixed order, so the same files always give
 * the same ids.
 */
@Component
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final HibernateJpaDialect dialect = new HibernateJpaDialect();

	private final Sources sources;

	private final Organizations organizations;

	private final People people;

	private final Deals deals;

	private final Events events;

	private final Commitments commitments;

	private final ExclusivityTerms terms;

	private final Statements statements;

	/** Writes as the owner: the API's own pool can only read. */
	@Autowired
	SeedLoader(@Qualifier("ownerDataSource") DataSource owner, EntityManagerFactory ledger) {
		this.jdbc = new JdbcTemplate(owner);
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(ledger);
		JpaTransactionManager transactions = new JpaTransactionManager(ledger);
		transactions.setDataSource(owner);
		this.transaction = new TransactionTemplate(transactions);
		JpaRepositoryFactory repositories = new JpaRepositoryFactory(this.entityManager);
		this.sources = repositories.getRepository(Sources.class);
		this.organizations = repositories.getRepository(Organizations.class);
		this.people = repositories.getRepository(People.class);
		this.deals = repositories.getRepository(Deals.class);
		this.events = repositories.getRepository(Events.class);
		this.commitments = repositories.getRepository(Commitments.class);
		this.terms = repositories.getRepository(ExclusivityTerms.class);
		this.statements = repositories.getRepository(Statements.class);
	}

	/** Loads the seeds unless these exact files are already loaded; returns whether it wrote. */
	public boolean load(SeedFiles files) {
		Seeds seeds = SeedReader.read(files);
		Boolean wrote = ReleaseListener.loading(new ReleaseListener.Loading(seeds.checksum(), seeds.fileCount()), () -> {
			try {
				return this.transaction.execute(status -> {
					this.jdbc.execute("lock table seed_state in exclusive mode");
					List<String> loaded = this.jdbc.queryForList("select checksum from seed_state where id = 1",
							String.class);
					if (loaded.equals(List.of(seeds.checksum()))) {
						return false;
					}
					new Writer(seeds).write();
					this.entityManager.flush();
					this.jdbc.execute("refresh materialized view search_document");
					this.jdbc.execute("refresh materialized view search_word");
					this.jdbc.update("""
							insert into seed_state (id, checksum, file_count) values (1, ?, ?)
							on conflict (id) do update set checksum = excluded.checksum, file_count = excluded.file_count,
							  loaded_at = now()""", seeds.checksum(), seeds.fileCount());
					return true;
				});
			}
			catch (RuntimeException ex) {
				DataAccessException translated = ex instanceof DataAccessException ? null
						: this.dialect.translateExceptionIfPossible(ex);
				throw translated != null ? translated : ex;
			}
		});
		log.info(Boolean.TRUE.equals(wrote) ? "Loaded seeds: {}" : "Seeds unchanged, nothing written: {}",
				seeds.summary());
		return Boolean.TRUE.equals(wrote);
	}

	/** Writes one checked data set over the ledger as it is; runs inside the loader's transaction. */
	private final class Writer {

		private final Seeds seeds;

		private final Map<String, Source> sourceBySlug;

		private final Map<String, Organization> organizationBySlug;

		private final Map<String, Person> personBySlug;

		private final Map<String, Deal> dealBySlug;

		private final Map<String, Event> eventBySlug;

		private final Map<String, Commitment> commitmentBySlug;

		private final Map<String, ExclusivityTerm> termBySlug;

		private final Map<String, Statement> statementBySlug;

		Writer(Seeds seeds) {
			this.seeds = seeds;
			this.sourceBySlug = bySlug(SeedLoader.this.sources.findAll(), Source::getSlug);
			this.organizationBySlug = bySlug(SeedLoader.this.organizations.findAll(), Organization::getSlug);
			this.personBySlug = bySlug(SeedLoader.this.people.findAll(), Person::getSlug);
			this.dealBySlug = bySlug(SeedLoader.this.deals.findAll(), Deal::getSlug);
			this.eventBySlug = bySlug(SeedLoader.this.events.findAll(), Event::getSlug);
			this.commitmentBySlug = bySlug(SeedLoader.this.commitments.findAll(), Commitment::getSlug);
			this.termBySlug = bySlug(SeedLoader.this.terms.findAll(), ExclusivityTerm::getSlug);
			this.statementBySlug = bySlug(SeedLoader.this.statements.findAll(), Statement::getSlug);
		}

		void write() {
			Set<String> sourceSlugs = new LinkedHashSet<>();
			for (SourceSeed s : this.seeds.sources()) {
				sourceSlugs.add(s.slug());
				String text = this.seeds.sourceTexts().get(s.slug()).text();
				Source source = this.sourceBySlug.get(s.slug());
				boolean added = source == null;
				source = added ? new Source() : source;
				source.setSlug(s.slug());
				source.setFileName(s.file().substring(s.file().lastIndexOf('/') + 1));
				source.setTitle(s.title());
				source.setPublisher(s.publisher());
				source.setAuthor(s.author());
				source.setAuthorNote(s.authorNote());
				source.setPublished(date(s.published()));
				source.setPublishedAt(s.publishedAt() == null ? null : s.publishedAt().withOffsetSameInstant(ZoneOffset.UTC));
				source.setPublishedLocalTime(s.publishedLocalTime());
				source.setUrl(s.url());
				source.setContent(text);
				source.setContentSha256(Sha256.hex(text));
				added(added, source, this.sourceBySlug, s.slug());
			}
			// Every organization first, then their parents, names and citations: parents may come later in the file.
			for (OrganizationSeed o : this.seeds.organizations()) {
				Organization organization = this.organizationBySlug.get(o.slug());
				boolean added = organization == null;
				organization = added ? new Organization() : organization;
				organization.setSlug(o.slug());
				organization.setName(o.name());
				organization.setKind(OrganizationKind.valueOf(o.kind()));
				organization.setDescription(o.description());
				if (added) {
					organization.setParent(null);
				}
				added(added, organization, this.organizationBySlug, o.slug());
			}
			for (OrganizationSeed o : this.seeds.organizations()) {
				Organization organization = this.organizationBySlug.get(o.slug());
				organization.setParent(o.parent() == null ? null : this.organizationBySlug.get(o.parent()));
				List<String[]> names = new ArrayList<>();
				list(o.aliases()).forEach(alias -> names.add(new String[] { "ALIAS", alias }));
				list(o.tickers()).forEach(ticker -> names.add(new String[] { "TICKER", ticker }));
				sync(organization.getNames(), names, name -> name.getKind() + "\u001f" + name.getValue(),
						name -> name[0] + "\u001f" + name[1], name -> {
							OrganizationAlias alias = new OrganizationAlias();
							alias.setOrganization(organization);
							alias.setKind(name[0]);
							alias.setValue(name[1]);
							return alias;
						});
				cite(organization.getCitations(), o.citations(), c -> c.setOrganization(organization));
			}
			for (PersonSeed p : this.seeds.people()) {
				Person person = this.personBySlug.get(p.slug());
				boolean added = person == null;
				person = added ? new Person() : person;
				person.setSlug(p.slug());
				person.setName(p.name());
				person.setRole(p.role());
				person.setOrganization(this.organizationBySlug.get(p.organization()));
				added(added, person, this.personBySlug, p.slug());
				Person cited = person;
				cite(person.getCitations(), p.citations(), c -> c.setPerson(cited));
			}
			for (DealFile file : this.seeds.deals()) {
				var d = file.deal();
				Deal deal = this.dealBySlug.get(d.slug());
				boolean added = deal == null;
				deal = added ? new Deal() : deal;
				deal.setSlug(d.slug());
				deal.setTitle(d.title());
				deal.setKind(DealKind.valueOf(d.kind()));
				deal.setStatus(DealStatus.valueOf(d.status()));
				deal.setSummary(d.summary());
				deal.setAnnounced(date(d.announced()));
				deal.setEffective(date(d.effective()));
				deal.setEnded(date(d.ended()));
				added(added, deal, this.dealBySlug, d.slug());
				Deal cited = deal;
				cite(deal.getCitations(), d.citations(), c -> c.setDeal(cited));
			}
			for (DealFile file : this.seeds.deals()) {
				Deal deal = this.dealBySlug.get(file.deal().slug());
				deal.setParent(file.deal().parent() == null ? null : this.dealBySlug.get(file.deal().parent()));
				parties(deal, list(file.parties()));
				for (EventSeed e : list(file.events())) {
					Event event = this.eventBySlug.get(e.slug());
					boolean added = event == null;
					event = added ? new Event() : event;
					event.setSlug(e.slug());
					event.setTitle(e.title());
					event.setKind(EventKind.valueOf(e.kind()));
					event.setDeal(deal);
					event.setDescription(e.description());
					event.setDate(date(e.date()));
					added(added, event, this.eventBySlug, e.slug());
					Set<Organization> wanted = new LinkedHashSet<>();
					list(e.organizations()).forEach(org -> wanted.add(this.organizationBySlug.get(org)));
					event.getOrganizations().retainAll(wanted);
					event.getOrganizations().addAll(wanted);
					Event cited = event;
					cite(event.getCitations(), e.citations(), c -> c.setEvent(cited));
				}
			}
			for (DealFile file : this.seeds.deals()) {
				Deal deal = this.dealBySlug.get(file.deal().slug());
				for (CommitmentSeed c : list(file.commitments())) {
					commitment(deal, c);
				}
				for (TermSeed t : list(file.exclusivityTerms())) {
					term(deal, t);
				}
				for (StatementSeed s : list(file.statements())) {
					statement(deal, s);
				}
			}
			for (DealFile file : this.seeds.deals()) {
				for (CommitmentSeed c : list(file.commitments())) {
					this.commitmentBySlug.get(c.slug())
						.setPartOf(c.partOf() == null ? null : this.commitmentBySlug.get(c.partOf()));
				}
				for (TermSeed t : list(file.exclusivityTerms())) {
					this.termBySlug.get(t.slug())
						.setSupersededByTerm(t.supersededByTerm() == null ? null : this.termBySlug.get(t.supersededByTerm()));
				}
			}
			removeAllBut(this.statementBySlug, statementSlugs());
			removeAllBut(this.termBySlug, slugs(file -> file.exclusivityTerms(), TermSeed::slug));
			removeAllBut(this.commitmentBySlug, slugs(file -> file.commitments(), CommitmentSeed::slug));
			removeAllBut(this.eventBySlug, slugs(file -> file.events(), EventSeed::slug));
			removeAllBut(this.dealBySlug, slugs(file -> List.of(file.deal()), d -> d.slug()));
			removeAllBut(this.personBySlug, this.seeds.people().stream().map(PersonSeed::slug).toList());
			removeAllBut(this.organizationBySlug, this.seeds.organizations().stream().map(OrganizationSeed::slug).toList());
			removeAllBut(this.sourceBySlug, sourceSlugs);
		}

		private void parties(Deal deal, List<PartySeed> seeds) {
			Map<String, PartySeed> wanted = new java.util.LinkedHashMap<>();
			seeds.forEach(p -> wanted.put(p.organization() + "\u001f" + p.role(), p));
			Function<DealParty, String> key = p -> p.getOrganization().getSlug() + "\u001f" + p.getRole().name();
			deal.getParties().removeIf(p -> !wanted.containsKey(key.apply(p)));
			Map<String, DealParty> kept = new HashMap<>();
			deal.getParties().forEach(p -> kept.put(key.apply(p), p));
			for (Map.Entry<String, PartySeed> entry : wanted.entrySet()) {
				DealParty party = kept.get(entry.getKey());
				if (party == null) {
					party = new DealParty();
					party.setDeal(deal);
					party.setOrganization(this.organizationBySlug.get(entry.getValue().organization()));
					party.setRole(PartyRole.valueOf(entry.getValue().role()));
					SeedLoader.this.entityManager.persist(party);
					deal.getParties().add(party);
				}
				DealParty cited = party;
				cite(party.getCitations(), entry.getValue().citations(), c -> c.setDealParty(cited));
			}
		}

		private void commitment(Deal deal, CommitmentSeed c) {
			Commitment commitment = this.commitmentBySlug.get(c.slug());
			boolean added = commitment == null;
			commitment = added ? new Commitment() : commitment;
			commitment.setSlug(c.slug());
			commitment.setDeal(deal);
			commitment.setCommitter(this.organizationBySlug.get(c.committer()));
			commitment.setRecipient(c.recipient() == null ? null : this.organizationBySlug.get(c.recipient()));
			commitment.setKind(CommitmentKind.valueOf(c.kind()));
			commitment.setAmount(amount(commitment.getAmount(), c.amount()));
			commitment.setUnit(c.unit() == null ? null : Unit.valueOf(c.unit()));
			commitment.setQualifier(c.qualifier() == null ? null : io.dealgraph.commitment.Qualifier.valueOf(c.qualifier()));
			commitment.setAmountText(c.amountText());
			commitment.setResource(c.resource());
			commitment.setHorizon(c.horizon());
			commitment.setModality(Modality.valueOf(c.modality()));
			commitment.setDescription(c.description());
			commitment.setClaimGroup(c.claimGroup());
			commitment.setClaimPreferred(c.isPreferred());
			commitment.setDate(date(c.date()));
			if (added) {
				commitment.setPartOf(null);
			}
			added(added, commitment, this.commitmentBySlug, c.slug());
			Commitment cited = commitment;
			cite(commitment.getCitations(), c.citations(), x -> x.setCommitment(cited));
		}

		private void term(Deal deal, TermSeed t) {
			ExclusivityTerm term = this.termBySlug.get(t.slug());
			boolean added = term == null;
			term = added ? new ExclusivityTerm() : term;
			term.setSlug(t.slug());
			term.setDeal(deal);
			term.setGrantor(this.organizationBySlug.get(t.grantor()));
			term.setHolder(this.organizationBySlug.get(t.holder()));
			term.setScope(t.scope());
			term.setStatus(ExclusivityStatus.valueOf(t.status()));
			term.setValidFrom(date(t.validFrom()));
			term.setValidTo(date(t.validTo()));
			term.setSupersededByEvent(t.supersededByEvent() == null ? null : this.eventBySlug.get(t.supersededByEvent()));
			added(added, term, this.termBySlug, t.slug());
			ExclusivityTerm cited = term;
			cite(term.getCitations(), t.citations(), c -> c.setExclusivityTerm(cited));
		}

		private void statement(Deal deal, StatementSeed s) {
			Statement statement = this.statementBySlug.get(s.slug());
			boolean added = statement == null;
			statement = added ? new Statement() : statement;
			statement.setSlug(s.slug());
			statement.setQuote(s.quote());
			statement.setChannel(StatementChannel.valueOf(s.channel()));
			statement.setDeal(deal);
			statement.setDate(date(s.date()));
			added(added, statement, this.statementBySlug, s.slug());
			Statement spoken = statement;
			sync(statement.getSpeakers(), list(s.speakers()),
					speaker -> slug(speaker.getPerson()) + "\u001f" + slug(speaker.getOrganization()),
					seed -> seed.person() + "\u001f" + seed.organization(), seed -> {
						StatementSpeaker speaker = new StatementSpeaker();
						speaker.setStatement(spoken);
						speaker.setPerson(seed.person() == null ? null : this.personBySlug.get(seed.person()));
						speaker.setOrganization(
								seed.organization() == null ? null : this.organizationBySlug.get(seed.organization()));
						return speaker;
					});
			cite(statement.getCitations(), s.citations(), c -> c.setStatement(spoken));
		}

		/** A fact's citations become the seeds' ones: those kept keep their rows, the others go or come. */
		private void cite(List<Citation> current, List<CitationSeed> seeds, java.util.function.Consumer<Citation> owner) {
			sync(current, list(seeds), citation -> citationKey(citation.getSource().getSlug(), citation.getExcerpt(),
					citation.getStartOffset(), citation.getEndOffset(), citation.getCreditedOutlet()), seed -> {
						ResolvedCitation c = this.seeds.citations().get(seed);
						return citationKey(c.source(), c.excerpt(), c.start(), c.end(), c.outlet());
					}, seed -> {
						ResolvedCitation c = this.seeds.citations().get(seed);
						Citation citation = new Citation();
						citation.setSource(this.sourceBySlug.get(c.source()));
						citation.setExcerpt(c.excerpt());
						citation.setStartOffset(c.start());
						citation.setEndOffset(c.end());
						citation.setCreditedOutlet(c.outlet());
						owner.accept(citation);
						return citation;
					});
		}

		/**
		 * Makes a child list hold one child per wanted key, in the wanted order for those added:
		 * children whose key is no longer wanted are removed (orphans, so deleted and audited), those
		 * missing are created and persisted at once, so their ids follow the seeds' order.
		 */
		private <C, W> void sync(List<C> current, List<W> wanted, Function<C, String> keyOfChild,
				Function<W, String> keyOfWanted, Function<W, C> create) {
			Map<String, Integer> want = new HashMap<>();
			wanted.forEach(w -> want.merge(keyOfWanted.apply(w), 1, Integer::sum));
			Map<String, Integer> have = new HashMap<>();
			for (Iterator<C> it = current.iterator(); it.hasNext();) {
				String key = keyOfChild.apply(it.next());
				int kept = have.getOrDefault(key, 0);
				if (kept < want.getOrDefault(key, 0)) {
					have.put(key, kept + 1);
				}
				else {
					it.remove();
				}
			}
			for (W w : wanted) {
				String key = keyOfWanted.apply(w);
				int present = have.getOrDefault(key, 0);
				if (present > 0) {
					have.put(key, present - 1);
					continue;
				}
				C child = create.apply(w);
				SeedLoader.this.entityManager.persist(child);
				current.add(child);
			}
		}

		private <E> void added(boolean added, E entity, Map<String, E> bySlug, String slug) {
			if (added) {
				SeedLoader.this.entityManager.persist(entity);
				bySlug.put(slug, entity);
			}
		}

		private <E> void removeAllBut(Map<String, E> bySlug, java.util.Collection<String> slugs) {
			Set<String> keep = new java.util.HashSet<>(slugs);
			bySlug.forEach((slug, entity) -> {
				if (!keep.contains(slug)) {
					SeedLoader.this.entityManager.remove(entity);
				}
			});
		}

		private List<String> statementSlugs() {
			return slugs(file -> file.statements(), StatementSeed::slug);
		}

		private <T> List<String> slugs(Function<DealFile, List<T>> items, Function<T, String> slug) {
			return this.seeds.deals().stream().flatMap(file -> list(items.apply(file)).stream()).map(slug).toList();
		}

	}

	private static String citationKey(String source, String excerpt, int start, int end, String outlet) {
		return String.join("\u001f", source, excerpt, String.valueOf(start), String.valueOf(end), Objects.toString(outlet));
	}

	private static String slug(Object entity) {
		if (entity instanceof Person person) {
			return person.getSlug();
		}
		if (entity instanceof Organization organization) {
			return organization.getSlug();
		}
		return "null";
	}

	/** The seed's amount at the column's scale; the loaded one when equal, so an unchanged amount is no change. */
	private static BigDecimal amount(BigDecimal current, BigDecimal seed) {
		if (seed == null) {
			return null;
		}
		return current != null && current.compareTo(seed) == 0 ? current : seed.setScale(4, RoundingMode.UNNECESSARY);
	}

	private static FuzzyDate date(DateSeed date) {
		return date == null ? null
				: new FuzzyDate(date.earliest(), date.latest(),
						date.precision() == null ? null : DatePrecision.valueOf(date.precision()), date.text());
	}

	private static <E> Map<String, E> bySlug(List<E> entities, Function<E, String> slug) {
		Map<String, E> bySlug = new HashMap<>();
		entities.forEach(e -> bySlug.put(slug.apply(e), e));
		return bySlug;
	}

	private static <T> List<T> list(List<T> items) {
		return items == null ? List.of() : items;
	}

}
