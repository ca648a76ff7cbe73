package io.dealgraph.seed;

import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.dealgraph.citation.Citation;
import io.dealgraph.commitment.AmendmentKind;
import io.dealgraph.commitment.Commitment;
import io.dealgraph.commitment.CommitmentKind;
import io.dealgraph.commitment.Commitments;
import io.dealgraph.commitment.Condition;
import io.dealgraph.commitment.ConditionKind;
import io.dealgraph.commitment.Firmness;
import io.dealgraph.commitment.Modality;
import io.dealgraph.commitment.QuantityUnit;
import io.dealgraph.deal.ValuationBasis;
import io.dealgraph.dateclaim.DateClaim;
import io.dealgraph.dateclaim.DateField;
import io.dealgraph.deal.Deal;
import io.dealgraph.deal.DealKind;
import io.dealgraph.deal.DealParty;
import io.dealgraph.deal.DealStatus;
import io.dealgraph.deal.Deals;
import io.dealgraph.deal.PartyRole;
import io.dealgraph.event.Event;
import io.dealgraph.event.EventKind;
import io.dealgraph.event.Events;
import io.dealgraph.exclusivity.AgreementTermKind;
import io.dealgraph.exclusivity.ExclusivityStatus;
import io.dealgraph.exclusivity.ExclusivityTerm;
import io.dealgraph.exclusivity.ExclusivityTerms;
import io.dealgraph.fact.DatePrecision;
import io.dealgraph.fact.FuzzyDate;
import io.dealgraph.fact.SluggedRow;
import io.dealgraph.graphql.Sha256;
import io.dealgraph.organization.Organization;
import io.dealgraph.organization.OrganizationAlias;
import io.dealgraph.organization.OrganizationKind;
import io.dealgraph.organization.Organizations;
import io.dealgraph.organization.People;
import io.dealgraph.organization.Person;
import io.dealgraph.release.ReleaseListener;
import io.dealgraph.release.Releases;
import io.dealgraph.seed.SeedModel.CitationSeed;
import io.dealgraph.seed.SeedModel.CommitmentSeed;
import io.dealgraph.seed.SeedModel.ConditionSeed;
import io.dealgraph.seed.SeedModel.DateClaimSeed;
import io.dealgraph.seed.SeedModel.DateSeed;
import io.dealgraph.seed.SeedModel.DealFile;
import io.dealgraph.seed.SeedModel.EventSeed;
import io.dealgraph.seed.SeedModel.OrganizationSeed;
import io.dealgraph.seed.SeedModel.PersonSeed;
import io.dealgraph.seed.SeedModel.SourceSeed;
import io.dealgraph.seed.SeedModel.StatementSeed;
import io.dealgraph.seed.SeedModel.TermSeed;
import io.dealgraph.seed.SeedReader.ResolvedCitation;
import io.dealgraph.source.Source;
import io.dealgraph.source.SourceKind;
import io.dealgraph.source.Sources;
import io.dealgraph.statement.Statement;
import io.dealgraph.statement.StatementChannel;
import io.dealgraph.statement.StatementSpeaker;
import io.dealgraph.statement.Statements;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
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

	/** This instance's releases, told of a load at once (others learn of it by its notice). */
	private Releases releases;

	@Autowired(required = false)
	void setReleases(Releases releases) {
		this.releases = releases;
	}

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
					// Every instance learns of the release when this commits (io.dealgraph.release.Releases).
					this.jdbc.queryForObject("select pg_notify(?, coalesce(max(number), 0)::text) from release", String.class,
							Releases.CHANNEL);
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
		if (Boolean.TRUE.equals(wrote) && this.releases != null) {
			this.releases.refresh();
		}
		return Boolean.TRUE.equals(wrote);
	}

	/**
	 * Writes the seeds as {@link #load} would, has Envers write the release's versions at once (it
	 * writes them just before the commit), hands {@code look} the number of that release (null: the
	 * load would make none) inside the same transaction, then rolls it all back, the ledger's identity
	 * sequences too: the database is as it was, and a real load numbers the release as this one did.
	 */
	public <T> T dryRun(SeedFiles files, Function<Long, T> look) {
		Seeds seeds = SeedReader.read(files);
		return ReleaseListener.loading(new ReleaseListener.Loading(seeds.checksum(), seeds.fileCount()),
				() -> this.transaction.execute(status -> {
					status.setRollbackOnly();
					this.jdbc.execute("lock table seed_state in exclusive mode");
					if (this.jdbc.queryForList("select checksum from seed_state where id = 1", String.class)
						.equals(List.of(seeds.checksum()))) {
						return look.apply(null);
					}
					LedgerSequences sequences = LedgerSequences.read(this.jdbc);
					try {
						long last = this.jdbc.queryForObject("select coalesce(max(number), 0) from release", Long.class);
						new Writer(seeds).write();
						this.entityManager.flush();
						// What the commit would run first: Envers writes the release and every version.
						this.entityManager.unwrap(SharedSessionContractImplementor.class)
							.getTransactionCompletionCallbacksImplementor()
							.beforeTransactionCompletion();
						long release = this.jdbc.queryForObject("select coalesce(max(number), 0) from release", Long.class);
						T result = look.apply(release > last ? release : null);
						sequences.restore();
						return result;
					}
					catch (RuntimeException ex) {
						sequences.restoreAfter(ex);
						throw ex;
					}
				}));
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
			for (SourceSeed s : this.seeds.sources()) {
				String text = this.seeds.sourceTexts().get(s.slug()).text();
				put(this.sourceBySlug, s.slug(), Source::new, source -> {
					source.setFileName(s.file().substring(s.file().lastIndexOf('/') + 1));
					source.setTitle(s.title());
					source.setPublisher(s.publisher());
					source.setAuthor(s.author());
					source.setAuthorNote(s.authorNote());
					source.setPublished(date(s.published()));
					source.setPublishedAt(
							s.publishedAt() == null ? null : s.publishedAt().withOffsetSameInstant(ZoneOffset.UTC));
					source.setPublishedLocalTime(s.publishedLocalTime());
					source.setUrl(s.url());
					source.setKind(SourceKind.valueOf(s.kind()));
					source.setKindNote(s.kindNote());
					source.setRetrievedAt(
							s.retrievedAt() == null ? null : s.retrievedAt().withOffsetSameInstant(ZoneOffset.UTC));
					source.setContent(text);
					source.setContentSha256(Sha256.hex(text));
				});
			}
			// Every organization first, then their parents, names and citations: parents may come later in the file.
			for (OrganizationSeed o : this.seeds.organizations()) {
				put(this.organizationBySlug, o.slug(), Organization::new, organization -> {
					organization.setName(o.name());
					organization.setKind(OrganizationKind.valueOf(o.kind()));
					organization.setDescription(o.description());
				});
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
						}, (name, alias) -> {
						});
				cite(organization.getCitations(), o.citations(), c -> c.setOrganization(organization));
			}
			for (PersonSeed p : this.seeds.people()) {
				Person person = put(this.personBySlug, p.slug(), Person::new, row -> {
					row.setName(p.name());
					row.setRole(p.role());
					row.setOrganization(this.organizationBySlug.get(p.organization()));
				});
				cite(person.getCitations(), p.citations(), c -> c.setPerson(person));
			}
			removeMoved();
			for (DealFile file : this.seeds.deals()) {
				var d = file.deal();
				Deal deal = put(this.dealBySlug, d.slug(), Deal::new, row -> {
					row.setTitle(d.title());
					row.setKind(DealKind.valueOf(d.kind()));
					row.setStatus(DealStatus.valueOf(d.status()));
					row.setSummary(d.summary());
					row.setAnnounced(date(d.announced()));
					row.setEffective(date(d.effective()));
					row.setEnded(date(d.ended()));
					var v = d.valuation();
					row.setValuation(v == null ? null : this.organizationBySlug.get(v.organization()),
							v == null ? null : v.amount().setScale(4, RoundingMode.UNNECESSARY),
							v == null ? null : QuantityUnit.of(v.unit(), null),
							v == null ? null : io.dealgraph.commitment.Qualifier.valueOf(v.qualifier()),
							v == null ? null : ValuationBasis.valueOf(v.basis()), v == null ? null : v.text());
				});
				cite(deal.getCitations(), d.citations(), c -> c.setDeal(deal));
			}
			for (DealFile file : this.seeds.deals()) {
				Deal deal = this.dealBySlug.get(file.deal().slug());
				deal.setParent(file.deal().parent() == null ? null : this.dealBySlug.get(file.deal().parent()));
				// Each party with its citations before the next, so a first load numbers them as the seeds list them.
				sync(deal.getParties(), list(file.parties()),
						party -> party.getOrganization().getSlug() + "\u001f" + party.getRole().name(),
						seed -> seed.organization() + "\u001f" + seed.role(), seed -> {
							DealParty party = new DealParty();
							party.setDeal(deal);
							party.setOrganization(this.organizationBySlug.get(seed.organization()));
							party.setRole(PartyRole.valueOf(seed.role()));
							return party;
						}, (seed, party) -> cite(party.getCitations(), seed.citations(), c -> c.setDealParty(party)));
				dateClaims(deal.getDateClaims(), file.deal().dateClaims(), null, claim -> claim.setDeal(deal));
				for (EventSeed e : list(file.events())) {
					Event event = put(this.eventBySlug, e.slug(), Event::new, row -> {
						row.setTitle(e.title());
						row.setKind(EventKind.valueOf(e.kind()));
						row.setDeal(deal);
						row.setDescription(e.description());
						row.setDate(date(e.date()));
					});
					Set<Organization> wanted = new LinkedHashSet<>();
					list(e.organizations()).forEach(org -> wanted.add(this.organizationBySlug.get(org)));
					event.getOrganizations().retainAll(wanted);
					event.getOrganizations().addAll(wanted);
					cite(event.getCitations(), e.citations(), c -> c.setEvent(event));
					dateClaims(event.getDateClaims(), e.dateClaims(), DateField.OCCURRED.name(), claim -> claim.setEvent(event));
				}
			}
			for (DealFile file : this.seeds.deals()) {
				Deal deal = this.dealBySlug.get(file.deal().slug());
				for (CommitmentSeed c : list(file.commitments())) {
					commitment(deal, c);
				}
				for (TermSeed t : file.allTerms()) {
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
					this.commitmentBySlug.get(c.slug())
						.setAmends(c.amends() == null ? null : this.commitmentBySlug.get(c.amends()),
								c.amendment() == null ? null : AmendmentKind.valueOf(c.amendment()));
				}
				for (TermSeed t : file.allTerms()) {
					this.termBySlug.get(t.slug())
						.setSupersededByTerm(t.supersededByTerm() == null ? null : this.termBySlug.get(t.supersededByTerm()));
				}
			}
			removeAllBut(this.statementBySlug, slugs(DealFile::statements, StatementSeed::slug));
			removeAllBut(this.termBySlug, slugs(DealFile::allTerms, TermSeed::slug));
			removeAllBut(this.commitmentBySlug, slugs(DealFile::commitments, CommitmentSeed::slug));
			removeAllBut(this.eventBySlug, slugs(DealFile::events, EventSeed::slug));
			removeAllBut(this.dealBySlug, slugs(file -> List.of(file.deal()), d -> d.slug()));
			removeAllBut(this.personBySlug, this.seeds.people().stream().map(PersonSeed::slug).toList());
			removeAllBut(this.organizationBySlug, this.seeds.organizations().stream().map(OrganizationSeed::slug).toList());
			removeAllBut(this.sourceBySlug, this.seeds.sources().stream().map(SourceSeed::slug).toList());
		}

		/**
		 * A condition or date claim the seeds now put under another commitment, deal or event (or
		 * none) is removed from where it was, and the removal written, before any fact adds its own:
		 * their slugs are unique, so the new row could not be written beside the old one.
		 */
		private void removeMoved() {
			Map<String, String> conditionUnder = new HashMap<>();
			Map<String, String> claimUnder = new HashMap<>();
			this.seeds.deals().forEach(file -> {
				list(file.deal().dateClaims()).forEach(k -> claimUnder.put(k.slug(), "deal " + file.deal().slug()));
				list(file.events()).forEach(e -> list(e.dateClaims()).forEach(k -> claimUnder.put(k.slug(), "event " + e.slug())));
				list(file.commitments()).forEach(c -> list(c.conditions()).forEach(k -> conditionUnder.put(k.slug(), c.slug())));
			});
			boolean moved = false;
			for (Commitment commitment : this.commitmentBySlug.values()) {
				moved |= commitment.getConditions().removeIf(k -> !commitment.getSlug().equals(conditionUnder.get(k.getSlug())));
			}
			for (Deal deal : this.dealBySlug.values()) {
				moved |= deal.getDateClaims().removeIf(k -> !("deal " + deal.getSlug()).equals(claimUnder.get(k.getSlug())));
			}
			for (Event event : this.eventBySlug.values()) {
				moved |= event.getDateClaims().removeIf(k -> !("event " + event.getSlug()).equals(claimUnder.get(k.getSlug())));
			}
			if (moved) {
				SeedLoader.this.entityManager.flush();
			}
		}

		private void commitment(Deal deal, CommitmentSeed c) {
			Commitment commitment = put(this.commitmentBySlug, c.slug(), Commitment::new, row -> {
				row.setDeal(deal);
				row.setCommitter(this.organizationBySlug.get(c.committer()));
				Set<Organization> others = new LinkedHashSet<>();
				list(c.coCommitters()).forEach(slug -> others.add(this.organizationBySlug.get(slug)));
				row.getCoCommitters().retainAll(others);
				row.getCoCommitters().addAll(others);
				row.setRecipient(c.recipient() == null ? null : this.organizationBySlug.get(c.recipient()));
				row.setKind(CommitmentKind.valueOf(c.kind()));
				// At the column's scale, as the row reads back: an unchanged amount is no change.
				row.setAmount(c.amount() == null ? null : c.amount().setScale(4, RoundingMode.UNNECESSARY));
				row.setQuantityUnit(c.unit() == null ? null : QuantityUnit.of(c.unit(), c.countOf()));
				row.setQualifier(c.qualifier() == null ? null : io.dealgraph.commitment.Qualifier.valueOf(c.qualifier()));
				row.setAmountText(c.amountText());
				row.setResource(c.resource());
				row.setHorizon(c.horizon());
				row.setModality(Modality.valueOf(c.modality()));
				row.setFirmness(c.firmness() == null ? Firmness.UNKNOWN : Firmness.valueOf(c.firmness()));
				row.setPeriodStart(c.period() == null ? null : date(c.period().start()));
				row.setPeriodEnd(c.period() == null ? null : date(c.period().end()));
				row.setPeriodLength(c.period() == null ? null : c.period().length());
				row.setDescription(c.description());
				row.setClaimGroup(c.claimGroup());
				row.setClaimPreferred(c.isPreferred());
				row.setDate(date(c.date()));
			});
			cite(commitment.getCitations(), c.citations(), x -> x.setCommitment(commitment));
			sync(commitment.getConditions(), list(c.conditions()), Condition::getSlug, ConditionSeed::slug, seed -> {
				// Persisted at once (its id is an identity): every column set before.
				Condition condition = new Condition();
				condition.setSlug(seed.slug());
				condition.setCommitment(commitment);
				condition(seed, condition);
				return condition;
			}, (seed, condition) -> {
				condition(seed, condition);
				cite(condition.getCitations(), seed.citations(), x -> x.setCondition(condition));
			});
		}

		private void condition(ConditionSeed seed, Condition condition) {
			condition.setKind(ConditionKind.valueOf(seed.kind()));
			condition.setWords(seed.words());
			condition.setDeadline(date(seed.deadline()));
		}

		/**
		 * A deal's or an event's date claims become the seeds' ones, by slug, each with its citations;
		 * {@code implied} is the field of a claim that leaves it out (an event's: it has one date).
		 */
		private void dateClaims(List<DateClaim> current, List<DateClaimSeed> seeds, String implied, Consumer<DateClaim> owner) {
			sync(current, list(seeds), DateClaim::getSlug, DateClaimSeed::slug, seed -> {
				// Persisted at once (its id is an identity): every column set before.
				DateClaim claim = new DateClaim();
				claim.setSlug(seed.slug());
				owner.accept(claim);
				dateClaim(seed, implied, claim);
				return claim;
			}, (seed, claim) -> {
				dateClaim(seed, implied, claim);
				cite(claim.getCitations(), seed.citations(), c -> c.setDateClaim(claim));
			});
		}

		private void dateClaim(DateClaimSeed seed, String implied, DateClaim claim) {
			claim.setField(DateField.valueOf(seed.field() == null ? implied : seed.field()));
			claim.setDate(date(seed.date()));
			claim.setPreferred(seed.isPreferred());
			claim.setNote(seed.note());
		}

		private void term(Deal deal, TermSeed t) {
			ExclusivityTerm term = put(this.termBySlug, t.slug(), ExclusivityTerm::new, row -> {
				row.setDeal(deal);
				row.setKind(AgreementTermKind.valueOf(t.kindOrExclusivity()));
				row.setGrantor(t.grantor() == null ? null : this.organizationBySlug.get(t.grantor()));
				row.setHolder(t.holder() == null ? null : this.organizationBySlug.get(t.holder()));
				row.setExclusive(t.exclusive());
				row.setPayer(t.payer() == null ? null : this.organizationBySlug.get(t.payer()));
				row.setPayee(t.payee() == null ? null : this.organizationBySlug.get(t.payee()));
				// At the columns' scales, as the row reads back: an unchanged figure is no change.
				row.setPercentage(t.percentage() == null ? null : t.percentage().setScale(4, RoundingMode.UNNECESSARY));
				row.setCap(t.cap() == null ? null : t.cap().amount().setScale(4, RoundingMode.UNNECESSARY),
						t.cap() == null ? null : QuantityUnit.of(t.cap().unit(), t.cap().countOf()),
						t.cap() == null ? null : io.dealgraph.commitment.Qualifier.valueOf(t.cap().qualifier()),
						t.cap() == null ? null : t.cap().text());
				row.setClaimGroup(t.claimGroup());
				row.setClaimPreferred(t.isPreferred());
				row.setScope(t.scope());
				row.setStatus(ExclusivityStatus.valueOf(t.status()));
				row.setValidFrom(date(t.validFrom()));
				row.setValidTo(date(t.validTo()));
				row.setSupersededByEvent(t.supersededByEvent() == null ? null : this.eventBySlug.get(t.supersededByEvent()));
			});
			cite(term.getCitations(), t.citations(), c -> c.setExclusivityTerm(term));
		}

		private void statement(Deal deal, StatementSeed s) {
			Statement statement = put(this.statementBySlug, s.slug(), Statement::new, row -> {
				row.setQuote(s.quote());
				row.setChannel(StatementChannel.valueOf(s.channel()));
				row.setDeal(deal);
				row.setDate(date(s.date()));
			});
			sync(statement.getSpeakers(), list(s.speakers()),
					speaker -> slug(speaker.getPerson()) + "\u001f" + slug(speaker.getOrganization()),
					seed -> seed.person() + "\u001f" + seed.organization(), seed -> {
						StatementSpeaker speaker = new StatementSpeaker();
						speaker.setStatement(statement);
						speaker.setPerson(seed.person() == null ? null : this.personBySlug.get(seed.person()));
						speaker.setOrganization(
								seed.organization() == null ? null : this.organizationBySlug.get(seed.organization()));
						return speaker;
					}, (seed, speaker) -> {
					});
			cite(statement.getCitations(), s.citations(), c -> c.setStatement(statement));
		}

		/** A fact's citations become the seeds' ones: those kept keep their rows, the others go or come. */
		private void cite(List<Citation> current, List<CitationSeed> seeds, Consumer<Citation> owner) {
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
					}, (seed, citation) -> {
					});
		}

		/**
		 * Makes a child list hold one child per wanted key: children whose key is no longer wanted
		 * are removed (orphans, so deleted and audited), those missing are created and persisted at
		 * once, and {@code then} runs for each wanted child, kept or new, in the wanted order, so a
		 * first load numbers children and what {@code then} adds to them as the seeds list them.
		 */
		private <C, W> void sync(List<C> current, List<W> wanted, Function<C, String> keyOfChild,
				Function<W, String> keyOfWanted, Function<W, C> create, BiConsumer<W, C> then) {
			Map<String, Integer> want = new HashMap<>();
			wanted.forEach(w -> want.merge(keyOfWanted.apply(w), 1, Integer::sum));
			Map<String, Deque<C>> kept = new HashMap<>();
			for (Iterator<C> it = current.iterator(); it.hasNext();) {
				C child = it.next();
				String key = keyOfChild.apply(child);
				Deque<C> same = kept.computeIfAbsent(key, k -> new ArrayDeque<>());
				if (same.size() < want.getOrDefault(key, 0)) {
					same.add(child);
				}
				else {
					it.remove();
				}
			}
			for (W w : wanted) {
				Deque<C> same = kept.get(keyOfWanted.apply(w));
				C child = same == null ? null : same.poll();
				if (child == null) {
					child = create.apply(w);
					SeedLoader.this.entityManager.persist(child);
					current.add(child);
				}
				then.accept(w, child);
			}
		}

		/**
		 * The fact of that slug, its values set by {@code fill}: the row loaded when there is one
		 * (Hibernate writes only what differs), else a new row, persisted at once so a first load
		 * numbers the rows in the seeds' order.
		 */
		private <E extends SluggedRow> E put(Map<String, E> bySlug, String slug, Supplier<E> create, Consumer<E> fill) {
			E row = bySlug.get(slug);
			boolean added = row == null;
			row = added ? create.get() : row;
			row.setSlug(slug);
			fill.accept(row);
			if (added) {
				SeedLoader.this.entityManager.persist(row);
				bySlug.put(slug, row);
			}
			return row;
		}

		/** Removes the facts of a kind the seeds no longer hold (with their citations and other children). */
		private <E> void removeAllBut(Map<String, E> bySlug, List<String> slugs) {
			Set<String> keep = Set.copyOf(slugs);
			bySlug.forEach((slug, entity) -> {
				if (!keep.contains(slug)) {
					SeedLoader.this.entityManager.remove(entity);
				}
			});
		}

		private <T> List<String> slugs(Function<DealFile, List<T>> items, Function<T, String> slug) {
			return this.seeds.deals().stream().flatMap(file -> list(items.apply(file)).stream()).map(slug).toList();
		}

	}

	private static String citationKey(String source, String excerpt, int start, int end, String outlet) {
		return String.join("\u001f", source, excerpt, String.valueOf(start), String.valueOf(end), Objects.toString(outlet));
	}

	private static String slug(SluggedRow row) {
		return row == null ? "null" : row.getSlug();
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
