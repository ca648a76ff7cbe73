package io.dealgraph.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.dealgraph.seed.SeedModel.CitationSeed;
import io.dealgraph.seed.SeedModel.CommitmentSeed;
import io.dealgraph.seed.SeedModel.ConditionSeed;
import io.dealgraph.seed.SeedModel.DateClaimSeed;
import io.dealgraph.seed.SeedModel.DateSeed;
import io.dealgraph.seed.SeedModel.DealFile;
import io.dealgraph.seed.SeedModel.EventSeed;
import io.dealgraph.seed.SeedModel.OrganizationSeed;
import io.dealgraph.seed.SeedModel.OrganizationsFile;
import io.dealgraph.seed.SeedModel.PartySeed;
import io.dealgraph.seed.SeedModel.PersonSeed;
import io.dealgraph.seed.SeedModel.SourceSeed;
import io.dealgraph.seed.SeedModel.SourcesFile;
import io.dealgraph.seed.SeedModel.SpeakerSeed;
import io.dealgraph.seed.SeedModel.StatementSeed;
import io.dealgraph.seed.SeedModel.TermSeed;
import tools.jackson.databind.DeserializationFeature;
import io.dealgraph.commitment.AmendmentKind;
import io.dealgraph.commitment.CommitmentKind;
import io.dealgraph.commitment.ConditionKind;
import io.dealgraph.commitment.Firmness;
import io.dealgraph.commitment.Modality;
import io.dealgraph.commitment.Qualifier;
import io.dealgraph.commitment.QuantityUnit;
import io.dealgraph.deal.ValuationBasis;
import io.dealgraph.dateclaim.DateField;
import io.dealgraph.deal.DealKind;
import io.dealgraph.deal.DealStatus;
import io.dealgraph.deal.PartyRole;
import io.dealgraph.event.EventKind;
import io.dealgraph.exclusivity.AgreementTermKind;
import io.dealgraph.exclusivity.ExclusivityStatus;
import io.dealgraph.fact.DatePrecision;
import io.dealgraph.organization.OrganizationKind;
import io.dealgraph.source.SourceKind;
import io.dealgraph.statement.StatementChannel;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses and checks the seed files without a database: every reference resolves, every enum and
 * unit is known, every date is as precise as it claims, and every citation excerpt occurs
 * verbatim in its source (whitespace may differ), at the stated offset where one is given.
 * All problems are collected, each naming the file, the entry and what is wrong.
 */
public final class SeedReader {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	/** A period's length as the ledger holds it: ISO 8601 in whole years, months, weeks or days. */
	static final Pattern PERIOD_LENGTH = Pattern.compile("^P(?=[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$");

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Problems problems = new Problems();

	private final Map<CitationSeed, ResolvedCitation> citations = new IdentityHashMap<>();

	private final Map<String, SourceText> sources = new HashMap<>();

	private SeedReader() {
	}

	/** Reads and checks; throws {@link SeedException} listing every problem found. */
	public static Seeds read(SeedFiles files) {
		return new SeedReader().check(files);
	}

	private Seeds check(SeedFiles files) {
		Map<String, String> contents = files.contents();
		SourcesFile sourcesFile = parse(contents, "sources.yml", SourcesFile.class);
		OrganizationsFile organizationsFile = parse(contents, "organizations.yml", OrganizationsFile.class);
		Map<String, DealFile> dealFiles = new LinkedHashMap<>();
		contents.keySet()
			.stream()
			.filter(path -> path.startsWith("deals/") && path.endsWith(".yml"))
			.forEach(path -> {
				DealFile file = parse(contents, path, DealFile.class);
				if (file != null) {
					dealFiles.put(path, file);
				}
			});
		if (!this.problems.isEmpty()) {
			throw new SeedException(this.problems.located(contents));
		}
		List<SourceSeed> sourceSeeds = list(sourcesFile == null ? null : sourcesFile.sources());
		checkSources(contents, sourceSeeds);
		List<OrganizationSeed> organizations = list(organizationsFile == null ? null : organizationsFile.organizations());
		List<PersonSeed> people = list(organizationsFile == null ? null : organizationsFile.people());
		Set<String> organizationSlugs = slugs("organizations.yml", "organizations", organizations.stream().map(OrganizationSeed::slug).toList());
		Set<String> personSlugs = slugs("organizations.yml", "people", people.stream().map(PersonSeed::slug).toList());
		checkOrganizations(organizations, organizationSlugs);
		for (int i = 0; i < people.size(); i++) {
			PersonSeed person = people.get(i);
			String where = "organizations.yml > people[" + i + "] (" + person.slug() + ")";
			required(where, "name", person.name());
			reference(where, "organization", person.organization(), organizationSlugs, true);
			citations(where, person.citations(), true);
		}
		List<String> dealSlugList = new ArrayList<>();
		List<String> eventSlugList = new ArrayList<>();
		List<String> termSlugList = new ArrayList<>();
		List<String> commitmentSlugList = new ArrayList<>();
		List<String> statementSlugList = new ArrayList<>();
		dealFiles.forEach((path, file) -> {
			if (file.deal() != null) {
				dealSlugList.add(file.deal().slug());
			}
			list(file.events()).forEach(e -> eventSlugList.add(e.slug()));
			file.allTerms().forEach(t -> termSlugList.add(t.slug()));
			list(file.commitments()).forEach(c -> commitmentSlugList.add(c.slug()));
			list(file.statements()).forEach(s -> statementSlugList.add(s.slug()));
		});
		Set<String> dealSlugs = slugs("deals/", "deals", dealSlugList);
		Set<String> eventSlugs = slugs("deals/", "events", eventSlugList);
		Set<String> termSlugs = slugs("deals/", "exclusivityTerms", termSlugList);
		Set<String> commitmentSlugs = slugs("deals/", "commitments", commitmentSlugList);
		slugs("deals/", "conditions", dealFiles.values().stream()
			.flatMap(file -> list(file.commitments()).stream())
			.flatMap(c -> list(c.conditions()).stream())
			.map(ConditionSeed::slug)
			.toList());
		dealFiles.forEach((path, file) -> list(file.commitments()).forEach(c -> {
			reference(path + " > commitments (" + c.slug() + ")", "partOf", c.partOf(), commitmentSlugs, false);
			if (Objects.equals(c.partOf(), c.slug())) {
				this.problems.add(path + " > commitments (" + c.slug() + "): partOf must not be the commitment itself");
			}
			String at = path + " > commitments (" + c.slug() + ")";
			reference(at, "amends", c.amends(), commitmentSlugs, false);
			oneOf(at, "amendment", c.amendment(), AmendmentKind.class, false);
			if ((c.amends() == null) != (c.amendment() == null)) {
				this.problems.add(at + ": amends and amendment go together: the earlier commitment's slug, and ENLARGES, REPLACES or ENDS");
			}
			if (Objects.equals(c.amends(), c.slug())) {
				this.problems.add(at + ": amends must not be the commitment itself");
			}
		}));
		checkAmendments(dealFiles);
		slugs("deals/", "statements", statementSlugList);
		slugs("deals/", "dateClaims", dealFiles.values().stream().flatMap(file -> {
			List<DateClaimSeed> claims = new ArrayList<>(file.deal() == null ? List.of() : list(file.deal().dateClaims()));
			list(file.events()).forEach(e -> claims.addAll(list(e.dateClaims())));
			return claims.stream();
		}).map(DateClaimSeed::slug).toList());
		dealFiles.forEach((path, file) -> checkDealFile(path, file, organizationSlugs, personSlugs, dealSlugs,
				eventSlugs, termSlugs));
		checkClaimGroups(dealFiles.values());
		if (!this.problems.isEmpty()) {
			throw new SeedException(this.problems.located(contents));
		}
		return new Seeds(sourceSeeds, this.sources, organizations, people, new ArrayList<>(dealFiles.values()),
				this.citations, files.checksum(), contents.size());
	}

	private <T> T parse(Map<String, String> contents, String path, Class<T> type) {
		String content = contents.get(path);
		if (content == null) {
			this.problems.add(path + ": file is missing");
			return null;
		}
		return new SeedParser(YAML, path, this.problems).parse(content, type);
	}

	private void checkSources(Map<String, String> contents, List<SourceSeed> seeds) {
		slugs("sources.yml", "sources", seeds.stream().map(SourceSeed::slug).toList());
		for (int i = 0; i < seeds.size(); i++) {
			SourceSeed source = seeds.get(i);
			String where = "sources.yml > sources[" + i + "] (" + source.slug() + ")";
			required(where, "title", source.title());
			// The headline as the record gives it: pages often lose theirs, so it need not occur in the text.
			oneOf(where, "kind", source.kind(), SourceKind.class, true);
			date(where, "published", source.published(), false);
			if (required(where, "file", source.file())) {
				String text = contents.get(source.file());
				if (text == null) {
					this.problems.add(where + ": file '" + source.file() + "' does not exist under seeds/");
				}
				else if (source.slug() != null) {
					this.sources.put(source.slug(), new SourceText(source.file(), text));
				}
			}
		}
	}

	private void checkOrganizations(List<OrganizationSeed> organizations, Set<String> slugs) {
		Map<String, String> names = new HashMap<>();
		for (OrganizationSeed organization : organizations) {
			if (organization.name() != null) {
				names.put(organization.name().toLowerCase(Locale.ROOT), organization.slug());
			}
		}
		Set<String> aliases = new HashSet<>();
		for (int i = 0; i < organizations.size(); i++) {
			OrganizationSeed organization = organizations.get(i);
			String where = "organizations.yml > organizations[" + i + "] (" + organization.slug() + ")";
			required(where, "name", organization.name());
			oneOf(where, "kind", organization.kind(), OrganizationKind.class, true);
			reference(where, "parent", organization.parent(), slugs, false);
			List<String> all = new ArrayList<>(list(organization.aliases()));
			all.addAll(list(organization.tickers()));
			for (String alias : all) {
				String key = alias.toLowerCase(Locale.ROOT);
				if (!aliases.add(key) || names.containsKey(key)) {
					this.problems.add(where + ": alias or ticker '" + alias + "' is already a name, alias or ticker");
				}
			}
			citations(where, organization.citations(), false);
		}
	}

	private void checkDealFile(String path, DealFile file, Set<String> organizations, Set<String> people,
			Set<String> deals, Set<String> events, Set<String> terms) {
		if (file.deal() == null) {
			this.problems.add(path + ": has no 'deal' entry");
			return;
		}
		var deal = file.deal();
		String where = path + " > deal (" + deal.slug() + ")";
		required(where, "title", deal.title());
		required(where, "summary", deal.summary());
		oneOf(where, "kind", deal.kind(), DealKind.class, true);
		oneOf(where, "status", deal.status(), DealStatus.class, true);
		reference(where, "parent", deal.parent(), deals, false);
		if (Objects.equals(deal.parent(), deal.slug())) {
			this.problems.add(where + ": parent must not be the deal itself");
		}
		date(where, "announced", deal.announced(), false);
		date(where, "effective", deal.effective(), false);
		date(where, "ended", deal.ended(), false);
		checkDateClaims(where, list(deal.dateClaims()), deal::date, List.of("ANNOUNCED", "EFFECTIVE", "ENDED"), null);
		citations(where, deal.citations(), true);
		if (deal.valuation() != null) {
			var v = deal.valuation();
			reference(where, "valuation.organization", v.organization(), organizations, true);
			oneOf(where, "valuation.qualifier", v.qualifier(), Qualifier.class, true);
			oneOf(where, "valuation.basis", v.basis(), ValuationBasis.class, true);
			if (v.amount() == null || v.amount().signum() <= 0) {
				this.problems.add(where + ": valuation.amount must be a positive amount of money");
			}
			if (v.unit() == null) {
				this.problems.add(where + ": 'valuation.unit' is required: USD or another currency's ISO 4217 code");
			}
			else if (!"USD".equals(v.unit()) && !QuantityUnit.isCurrency(v.unit())) {
				this.problems.add(where, "valuation.unit", "a valuation is money: write USD or another currency's ISO 4217 code, not '"
						+ v.unit() + "'");
			}
			if ("ORDER_OF".equals(v.qualifier())) {
				this.problems.add(where + ": a valuation states a figure; ORDER_OF is for counts and sums the source only sizes");
			}
			if (required(where, "valuation.text", v.text()) && !quoted(deal.citations(), v.text())) {
				this.problems.add(where + ": valuation.text does not occur verbatim in any of the deal's citation excerpts");
			}
		}
		Set<String> partyKeys = new HashSet<>();
		List<PartySeed> parties = list(file.parties());
		for (int i = 0; i < parties.size(); i++) {
			PartySeed party = parties.get(i);
			String at = path + " > parties[" + i + "] (" + party.organization() + " " + party.role() + ")";
			reference(at, "organization", party.organization(), organizations, true);
			oneOf(at, "role", party.role(), PartyRole.class, true);
			if (!partyKeys.add(party.organization() + "/" + party.role())) {
				this.problems.add(at + ": duplicate party: the same organization and role are listed twice");
			}
			citations(at, party.citations(), true);
		}
		List<CommitmentSeed> commitments = list(file.commitments());
		for (int i = 0; i < commitments.size(); i++) {
			checkCommitment(path + " > commitments[" + i + "] (" + commitments.get(i).slug() + ")", commitments.get(i),
					organizations);
		}
		List<TermSeed> exclusivityTerms = list(file.exclusivityTerms());
		for (int i = 0; i < exclusivityTerms.size(); i++) {
			checkTerm(path + " > exclusivityTerms[" + i + "] (" + exclusivityTerms.get(i).slug() + ")", exclusivityTerms.get(i),
					true, organizations, events, terms);
		}
		List<TermSeed> otherTerms = list(file.terms());
		for (int i = 0; i < otherTerms.size(); i++) {
			checkTerm(path + " > terms[" + i + "] (" + otherTerms.get(i).slug() + ")", otherTerms.get(i), false, organizations,
					events, terms);
		}
		List<StatementSeed> statements = list(file.statements());
		for (int i = 0; i < statements.size(); i++) {
			checkStatement(path + " > statements[" + i + "] (" + statements.get(i).slug() + ")", statements.get(i),
					organizations, people);
		}
		List<EventSeed> eventSeeds = list(file.events());
		for (int i = 0; i < eventSeeds.size(); i++) {
			EventSeed event = eventSeeds.get(i);
			String at = path + " > events[" + i + "] (" + event.slug() + ")";
			required(at, "title", event.title());
			required(at, "description", event.description());
			oneOf(at, "kind", event.kind(), EventKind.class, true);
			date(at, "date", event.date(), true);
			checkDateClaims(at, list(event.dateClaims()), field -> event.date(), List.of("OCCURRED"), "OCCURRED");
			list(event.organizations()).forEach(org -> reference(at, "organizations", org, organizations, true));
			citations(at, event.citations(), true);
		}
	}

	/**
	 * The date claims of a deal or an event ({@code where}): each about one of its {@code fields}
	 * ({@code implied} where it may be left out), dated and cited. A date with claims has two or more
	 * (one claim is no disagreement), exactly one of them preferred, whose date is the fact's own.
	 */
	private void checkDateClaims(String where, List<DateClaimSeed> claims, Function<String, DateSeed> own, List<String> fields,
			String implied) {
		Map<String, List<Integer>> byField = new LinkedHashMap<>();
		for (int i = 0; i < claims.size(); i++) {
			DateClaimSeed claim = claims.get(i);
			String at = where + " > dateClaims[" + i + "] (" + claim.slug() + ")";
			oneOf(at, "field", claim.field(), DateField.class, implied == null);
			String field = claim.field() == null ? implied : claim.field();
			boolean known = Arrays.stream(DateField.values()).anyMatch(f -> f.name().equals(field));
			if (known && !fields.contains(field)) {
				this.problems.add(at, "field", "field " + field + " is no date of " + (implied == null ? "a deal" : "an event")
						+ ": a claim here is about " + String.join(" or ", fields));
			}
			else if (known) {
				byField.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
			}
			date(at, "date", claim.date(), true);
			citations(at, claim.citations(), true);
		}
		byField.forEach((field, indexes) -> {
			String key = implied == null ? field.toLowerCase(Locale.ROOT) : "date";
			String date = implied == null ? key + " date" : "date";
			if (indexes.size() < 2) {
				int i = indexes.get(0);
				this.problems.add(where + " > dateClaims[" + i + "] (" + claims.get(i).slug() + ")", "field", "the only claim of its "
						+ date + ": claims are for a date sources disagree on, two or more of them; with one, leave dateClaims out "
						+ "and cite the " + key + " itself");
				return;
			}
			List<Integer> preferred = indexes.stream().filter(i -> claims.get(i).isPreferred()).toList();
			if (preferred.size() != 1) {
				this.problems.add(where, "dateClaims", "exactly one of the " + indexes.size() + " claims of its " + date
						+ " must be preferred, found " + preferred.size()
						+ (preferred.isEmpty() ? "" : " (" + String.join(", ", preferred.stream().map(i -> claims.get(i).slug()).toList()) + ")")
						+ "; give preferred: true to the one whose date is its " + key);
				return;
			}
			int p = preferred.get(0);
			DateSeed claimed = claims.get(p).date();
			DateSeed stated = own.apply(field);
			if (claimed != null && !claimed.equals(stated)) {
				this.problems.add(where + " > dateClaims[" + p + "] (" + claims.get(p).slug() + ")", "date", "the preferred claim's date "
						+ text(claimed) + " is not its " + key + " " + (stated == null ? "(none given)" : text(stated))
						+ ": they are one date; write it once under dates: and give both {sameAs: <name>}, or prefer the claim that states it");
			}
		});
	}

	/** A fuzzy date as a message shows it: {@code 2016-01-01..2016-12-31 YEAR "back in 2016"}. */
	private static String text(DateSeed date) {
		return date.earliest() + ".." + date.latest() + " " + date.precision() + " \"" + date.text() + "\"";
	}

	private void checkCommitment(String at, CommitmentSeed c, Set<String> organizations) {
		reference(at, "committer", c.committer(), organizations, true);
		List<String> others = list(c.coCommitters());
		for (int i = 0; i < others.size(); i++) {
			reference(at, "coCommitters[" + i + "]", others.get(i), organizations, true);
			if (Objects.equals(others.get(i), c.committer()) || others.subList(0, i).contains(others.get(i))) {
				this.problems.add(at + ": coCommitters lists '" + others.get(i) + "' twice, or as the committer too: name each once");
			}
		}
		reference(at, "recipient", c.recipient(), organizations, false);
		oneOf(at, "kind", c.kind(), CommitmentKind.class, true);
		unit(at, "unit", c.unit(), c.countOf(), c.amount(), c.qualifier());
		oneOf(at, "qualifier", c.qualifier(), Qualifier.class, false);
		oneOf(at, "modality", c.modality(), Modality.class, true);
		oneOf(at, "firmness", c.firmness(), Firmness.class, false);
		required(at, "description", c.description());
		if (c.period() != null) {
			date(at, "period.start", c.period().start(), false);
			date(at, "period.end", c.period().end(), false);
			if (c.period().length() != null && !PERIOD_LENGTH.matcher(c.period().length()).matches()) {
				this.problems.add(at + ": period.length '" + c.period().length()
						+ "' is not an ISO 8601 length in years, months, weeks or days, such as P4Y or P18M");
			}
			if (c.period().start() == null && c.period().end() == null && c.period().length() == null) {
				this.problems.add(at + ": period needs a start, an end or a length (leave it out when the source states none)");
			}
		}
		List<ConditionSeed> conditions = list(c.conditions());
		for (int i = 0; i < conditions.size(); i++) {
			ConditionSeed condition = conditions.get(i);
			String where = at + " > conditions[" + i + "] (" + condition.slug() + ")";
			oneOf(where, "kind", condition.kind(), ConditionKind.class, true);
			date(where, "deadline", condition.deadline(), false);
			citations(where, condition.citations(), true);
			if (required(where, "words", condition.words())) {
				if (!quoted(condition.citations(), condition.words())) {
					this.problems.add(where + ": the words do not occur verbatim in any of its citation excerpts");
				}
			}
			if ("TRIGGER".equals(condition.kind()) && !"CONTINGENT".equals(c.firmness())) {
				this.problems.add(where + ": a TRIGGER condition makes its commitment contingent: set firmness: CONTINGENT");
			}
		}
		if (c.amount() == null) {
			if (c.unit() != null || c.countOf() != null || c.qualifier() != null) {
				this.problems.add(at + ": unit, countOf and qualifier need an amount");
			}
		}
		else {
			if (c.amount().signum() <= 0) {
				this.problems.add(at + ": amount must be positive, got " + c.amount());
			}
			// The ledger stores numeric(20, 4): a figure it would round or could not hold is refused, not changed.
			java.math.BigDecimal exact = c.amount().stripTrailingZeros();
			if (exact.scale() > 4 || exact.precision() - exact.scale() > 16) {
				this.problems.add(at + ": amount must have at most 16 digits before the point and 4 after it, got "
						+ c.amount().toPlainString());
			}
			if (c.unit() == null || c.qualifier() == null || c.amountText() == null) {
				this.problems.add(at + ": an amount needs its unit, qualifier and amountText");
			}
		}
		if (c.claimGroup() != null && !SLUG.matcher(c.claimGroup()).matches()) {
			this.problems.add(at + ": claimGroup '" + c.claimGroup() + "' is not a slug");
		}
		date(at, "date", c.date(), false);
		citations(at, c.citations(), true);
	}

	/**
	 * Amendments and parts that totals and "in force" can trust: an amendment is dated (the earlier
	 * commitment ends when it is made), states an amount unless it only ends the earlier one, is
	 * the only amendment of it (a later one amends the amendment: a chain), is a part of the same
	 * whole when it amends a part, and no chain of amends or partOf comes back to where it started.
	 */
	private void checkAmendments(Map<String, DealFile> dealFiles) {
		Map<String, CommitmentSeed> bySlug = new HashMap<>();
		Map<String, String> where = new HashMap<>();
		dealFiles.forEach((path, file) -> list(file.commitments()).forEach(c -> {
			if (c.slug() != null) {
				bySlug.putIfAbsent(c.slug(), c);
				where.putIfAbsent(c.slug(), path + " > commitments (" + c.slug() + ")");
			}
		}));
		Map<String, String> amendedBy = new HashMap<>();
		bySlug.values().forEach(c -> {
			CommitmentSeed earlier = c.amends() == null ? null : bySlug.get(c.amends());
			if (earlier == null) {
				return;
			}
			String at = where.get(c.slug());
			if (c.date() == null) {
				this.problems.add(at + ": an amendment needs its date: the commitment it amends ends when it is made");
			}
			if (!"ENDS".equals(c.amendment()) && earlier.amount() != null && c.amount() == null) {
				this.problems.add(at + ": a commitment that " + c.amendment() + " one of " + earlier.amountText()
						+ " states its own amount (only ENDS may state none)");
			}
			String other = amendedBy.putIfAbsent(c.amends(), c.slug());
			if (other != null) {
				this.problems.add(at + ": '" + c.amends() + "' is already amended by '" + other
						+ "': amend that amendment instead, so the amendments form one chain");
			}
			if (earlier.partOf() != null && !earlier.partOf().equals(c.partOf())) {
				this.problems.add(at + ": it amends '" + c.amends() + "', a part of '" + earlier.partOf()
						+ "': give it partOf: " + earlier.partOf() + " too, so the whole is not counted beside it");
			}
		});
		// Totals split a whole by its parts: the parts they count (in its unit, preferred claims, the
		// latest of an amendment chain) must not add up to more than the whole.
		Map<String, java.math.BigDecimal> partsTotal = new LinkedHashMap<>();
		bySlug.values().forEach(c -> {
			CommitmentSeed whole = c.partOf() == null ? null : bySlug.get(c.partOf());
			if (whole != null && c.amount() != null && Objects.equals(c.unit(), whole.unit())
					&& Objects.equals(c.countOf(), whole.countOf())
					&& (c.claimGroup() == null || c.isPreferred()) && !amendedBy.containsKey(c.slug())) {
				partsTotal.merge(whole.slug(), c.amount(), java.math.BigDecimal::add);
			}
		});
		partsTotal.forEach((slug, total) -> {
			CommitmentSeed whole = bySlug.get(slug);
			if (whole.amount() != null && total.compareTo(whole.amount()) > 0) {
				this.problems.add(where.get(slug) + ": its parts add up to " + total.stripTrailingZeros().toPlainString() + " "
						+ (whole.countOf() != null ? whole.countOf() : whole.unit()) + ", more than its own " + whole.amount().stripTrailingZeros().toPlainString()
						+ ": a part is of the whole, so check the amounts or which commitment each part is of");
			}
		});
		for (String link : List.of("amends", "partOf")) {
			for (CommitmentSeed start : bySlug.values()) {
				Set<String> seen = new java.util.LinkedHashSet<>();
				CommitmentSeed at = start;
				while (at != null && seen.add(at.slug())) {
					String next = link.equals("amends") ? at.amends() : at.partOf();
					at = next == null ? null : bySlug.get(next);
				}
				if (at != null && at.slug().equals(start.slug()) && seen.size() > 1
						&& start.slug().equals(seen.stream().sorted().findFirst().orElse(null))) {
					this.problems.add(where.get(start.slug()) + ": " + link + " goes round in a circle: "
							+ String.join(" -> ", seen) + " -> " + start.slug());
				}
			}
		}
	}

	/** Every claim group of two or more claims has exactly one preferred claim. */
	private void checkClaimGroups(Collection<DealFile> files) {
		Map<String, List<CommitmentSeed>> groups = new LinkedHashMap<>();
		files.forEach(file -> list(file.commitments())
			.stream()
			.filter(c -> c.claimGroup() != null)
			.forEach(c -> groups.computeIfAbsent(c.claimGroup(), g -> new ArrayList<>()).add(c)));
		files.forEach(file -> list(file.commitments())
			.stream()
			.filter(c -> c.isPreferred() && c.claimGroup() == null)
			.forEach(c -> this.problems.add("deals/ > commitments (" + c.slug() + "): 'preferred' needs a claimGroup")));
		onePreferredPerGroup("claimGroup", groups, CommitmentSeed::isPreferred);
		// Terms' claim groups are their own: a term and a commitment never compete.
		Map<String, List<TermSeed>> termGroups = new LinkedHashMap<>();
		files.forEach(file -> file.allTerms().stream().filter(t -> t.claimGroup() != null)
			.forEach(t -> termGroups.computeIfAbsent(t.claimGroup(), g -> new ArrayList<>()).add(t)));
		onePreferredPerGroup("terms' claimGroup", termGroups, TermSeed::isPreferred);
	}

	/** Every claim group of two or more claims has exactly one preferred claim. */
	private <T> void onePreferredPerGroup(String label, Map<String, List<T>> groups, java.util.function.Predicate<T> preferred) {
		groups.forEach((group, claims) -> {
			long count = claims.stream().filter(preferred).count();
			if (claims.size() > 1 && count != 1) {
				this.problems.add("deals/ > " + label + " '" + group + "': exactly one of its " + claims.size()
						+ " claims must be preferred, found " + count);
			}
		});
	}

	/**
	 * An agreement term: under {@code exclusivityTerms} an exclusivity (or an exclusive licence),
	 * under {@code terms} any kind, named. Each kind states only its own figures.
	 */
	private void checkTerm(String at, TermSeed term, boolean exclusivityList, Set<String> organizations,
			Set<String> events, Set<String> terms) {
		if (!exclusivityList || term.kind() != null) {
			oneOf(at, "kind", term.kind(), AgreementTermKind.class, !exclusivityList);
		}
		String kind = term.kindOrExclusivity();
		if (exclusivityList && !kind.equals("EXCLUSIVITY") && !(kind.equals("LICENCE") && Boolean.TRUE.equals(term.exclusive()))) {
			this.problems.add(at + ": a " + kind + " term grants no exclusivity: list it under 'terms:'");
		}
		boolean revenueShare = kind.equals("REVENUE_SHARE");
		reference(at, "grantor", term.grantor(), organizations, !revenueShare);
		reference(at, "holder", term.holder(), organizations, !revenueShare);
		reference(at, "payer", term.payer(), organizations, false);
		reference(at, "payee", term.payee(), organizations, false);
		if (revenueShare && (term.grantor() != null || term.holder() != null)) {
			this.problems.add(at + ": a revenue share names its payer and payee, not a grantor and holder");
		}
		if (!revenueShare && (term.payer() != null || term.payee() != null || term.percentage() != null || term.cap() != null)) {
			this.problems.add(at + ": payer, payee, percentage and cap belong to a REVENUE_SHARE term, not a " + kind + " one");
		}
		if (term.exclusive() != null && !kind.equals("LICENCE")) {
			this.problems.add(at + ": 'exclusive' says whether a LICENCE is exclusive; a " + kind + " term has none");
		}
		if (term.percentage() != null && (term.percentage().signum() <= 0 || term.percentage().compareTo(java.math.BigDecimal.valueOf(100)) > 0
				|| term.percentage().stripTrailingZeros().scale() > 4)) {
			this.problems.add(at + ": percentage must be above 0 and at most 100, with at most 4 decimals, got "
					+ term.percentage().toPlainString());
		}
		if (term.cap() != null) {
			if (term.cap().unit() == null) {
				this.problems.add(at + ": 'cap.unit' is required");
			}
			unit(at, "cap.unit", term.cap().unit(), term.cap().countOf(), term.cap().amount(), term.cap().qualifier());
			oneOf(at, "cap.qualifier", term.cap().qualifier(), Qualifier.class, true);
			if (term.cap().amount() == null || term.cap().amount().signum() <= 0 || term.cap().text() == null) {
				this.problems.add(at + ": a cap needs a positive amount, its unit, qualifier and text (the source's words); "
						+ "leave the cap out where the source states none, and put its words in the scope");
			}
		}
		if (term.claimGroup() != null && !SLUG.matcher(term.claimGroup()).matches()) {
			this.problems.add(at + ": claimGroup '" + term.claimGroup() + "' is not a slug");
		}
		if (term.isPreferred() && term.claimGroup() == null) {
			this.problems.add(at + ": 'preferred' needs a claimGroup");
		}
		required(at, "scope", term.scope());
		oneOf(at, "status", term.status(), ExclusivityStatus.class, true);
		date(at, "validFrom", term.validFrom(), false);
		date(at, "validTo", term.validTo(), false);
		reference(at, "supersededByTerm", term.supersededByTerm(), terms, false);
		if (Objects.equals(term.supersededByTerm(), term.slug())) {
			this.problems.add(at + ": supersededByTerm must not be the term itself");
		}
		reference(at, "supersededByEvent", term.supersededByEvent(), events, false);
		citations(at, term.citations(), true);
	}

	private void checkStatement(String at, StatementSeed s, Set<String> organizations, Set<String> people) {
		oneOf(at, "channel", s.channel(), StatementChannel.class, true);
		date(at, "date", s.date(), false);
		List<SpeakerSeed> speakers = list(s.speakers());
		if (speakers.isEmpty()) {
			this.problems.add(at + ": needs at least one speaker");
		}
		for (SpeakerSeed speaker : speakers) {
			if (speaker.person() == null && speaker.organization() == null) {
				this.problems.add(at + ": a speaker needs a person or an organization");
			}
			reference(at, "speakers.person", speaker.person(), people, false);
			reference(at, "speakers.organization", speaker.organization(), organizations, false);
		}
		citations(at, s.citations(), true);
		if (required(at, "quote", s.quote())) {
			boolean quoted = list(s.citations()).stream()
				.map(this.citations::get)
				.filter(Objects::nonNull)
				.anyMatch(c -> SourceText.normalize(c.excerpt()).contains(SourceText.normalize(s.quote())));
			if (!quoted) {
				this.problems.add(at + ": the quote does not occur verbatim in any of its citation excerpts");
			}
		}
	}

	private void citations(String where, List<CitationSeed> seeds, boolean required) {
		List<CitationSeed> all = list(seeds);
		if (required && all.isEmpty()) {
			this.problems.add(where + ": needs at least one citation");
		}
		for (int i = 0; i < all.size(); i++) {
			CitationSeed citation = all.get(i);
			String at = where + " > citations[" + i + "]";
			if (citation.source() == null || citation.excerpt() == null || citation.excerpt().isBlank()) {
				this.problems.add(at + ": needs a source and an excerpt");
				continue;
			}
			SourceText source = this.sources.get(citation.source());
			if (source == null) {
				this.problems.add(at, "source", "unknown source '" + citation.source() + "'"
						+ Suggestions.didYouMean(citation.source(), this.sources.keySet()));
				continue;
			}
			try {
				this.citations.put(citation, source.locate(citation));
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(at, "excerpt", ex.getMessage());
			}
		}
	}

	private Set<String> slugs(String file, String kind, List<String> slugs) {
		Set<String> seen = new HashSet<>();
		for (String slug : slugs) {
			if (slug == null) {
				this.problems.add(file + " > " + kind + ": an entry has no slug");
			}
			else if (!SLUG.matcher(slug).matches()) {
				this.problems.add(file + " > " + kind + ": slug '" + slug + "' is not lower-case words joined by hyphens");
			}
			else if (!seen.add(slug)) {
				this.problems.add(file + " > " + kind + " (" + slug + ")", "slug", "duplicate slug '" + slug + "'");
			}
		}
		return seen;
	}

	private boolean required(String where, String field, String value) {
		if (value == null || value.isBlank()) {
			this.problems.add(where + ": '" + field + "' is required");
			return false;
		}
		return true;
	}

	/** A value of the schema's vocabulary: the Java enum of the same name is its one list of values. */
	private void oneOf(String where, String field, String value, Class<? extends Enum<?>> vocabulary, boolean mandatory) {
		List<String> allowed = Arrays.stream(vocabulary.getEnumConstants()).map(Enum::name).sorted().toList();
		if (value == null) {
			if (mandatory) {
				this.problems.add(where + ": '" + field + "' is required");
			}
		}
		else if (!allowed.contains(value)) {
			this.problems.add(where, field, "unknown " + field + " '" + value + "' (known: " + String.join(", ", allowed) + ")"
					+ Suggestions.didYouMean(value, allowed));
		}
	}

	/** Whether the words occur verbatim in one of the citations' excerpts (quotes and spaces as the reader compares them). */
	private boolean quoted(List<CitationSeed> citations, String words) {
		return list(citations).stream()
			.map(this.citations::get)
			.filter(Objects::nonNull)
			.anyMatch(x -> SourceText.normalize(x.excerpt()).contains(SourceText.normalize(words)));
	}

	/**
	 * A quantity's unit: USD, GW, MW, COUNT with what it counts, or another ISO 4217 currency; an
	 * order of magnitude (ORDER_OF) is a power of ten from 10 up.
	 */
	private void unit(String where, String field, String code, String countOf, java.math.BigDecimal amount, String qualifier) {
		if (code != null) {
			try {
				QuantityUnit.of(code, countOf);
			}
			catch (IllegalArgumentException ex) {
				String known = QuantityUnit.isCurrency(code.toUpperCase(java.util.Locale.ROOT)) && !code.equals(code.toUpperCase(java.util.Locale.ROOT))
						? " (did you mean " + code.toUpperCase(java.util.Locale.ROOT) + "?)" : Suggestions.didYouMean(code, QuantityUnit.NAMED);
				this.problems.add(where, field, ex.getMessage() + (ex.getMessage().startsWith("unknown unit") ? known : ""));
			}
		}
		if ("ORDER_OF".equals(qualifier) && amount != null) {
			java.math.BigDecimal exact = amount.stripTrailingZeros();
			if (!(exact.unscaledValue().equals(java.math.BigInteger.ONE) && exact.scale() < 0)) {
				this.problems.add(where + ": an ORDER_OF amount is the power of ten its words start at (tens of millions: "
						+ "10000000; billions: 1000000000), got " + amount.toPlainString());
			}
		}
	}

	private void reference(String where, String field, String slug, Set<String> known, boolean mandatory) {
		if (slug == null) {
			if (mandatory) {
				this.problems.add(where + ": '" + field + "' is required");
			}
		}
		else if (!known.contains(slug)) {
			this.problems.add(where, field, field + " refers to unknown slug '" + slug + "'" + Suggestions.didYouMean(slug, known));
		}
	}

	private void date(String where, String field, DateSeed date, boolean mandatory) {
		if (date == null) {
			if (mandatory) {
				this.problems.add(where + ": '" + field + "' is required");
			}
			return;
		}
		String at = where + ": " + field;
		if (date.precision() == null || Arrays.stream(DatePrecision.values()).noneMatch(p -> p.name().equals(date.precision()))) {
			List<String> precisions = Arrays.stream(DatePrecision.values()).map(Enum::name).toList();
			this.problems.add(where, field, field + " has unknown precision '" + date.precision() + "' (known: "
					+ String.join(", ", precisions) + ")" + (date.precision() == null ? "" : Suggestions.didYouMean(date.precision(), precisions)));
			return;
		}
		if (date.text() == null || date.text().isBlank()) {
			this.problems.add(at + " needs the text it was derived from");
		}
		LocalDate earliest = date.earliest();
		LocalDate latest = date.latest();
		if (earliest == null || latest == null) {
			if (!"RANGE".equals(date.precision()) || (earliest == null && latest == null)) {
				this.problems.add(at + ": only a RANGE may leave one end open");
			}
			return;
		}
		if (earliest.isAfter(latest)) {
			this.problems.add(at + ": earliest " + earliest + " is after latest " + latest);
			return;
		}
		boolean exact = DatePrecisions.fits(date.precision(), earliest, latest);
		if (!exact) {
			this.problems.add(at + ": " + earliest + ".." + latest + " is not a single " + date.precision() + "; "
					+ DatePrecisions.fit(earliest, latest, date.precision()));
		}
	}

	private static <T> List<T> list(List<T> items) {
		return items == null ? List.of() : items;
	}

	/** A citation located in its source: the exact source text, and code-point offsets. */
	public record ResolvedCitation(String source, String excerpt, int start, int end, String outlet) {
	}

	/** A source article's text and how excerpts are found in it. */
	record SourceText(String file, String text) {

		/** Collapses every run of whitespace to one space. */
		static String normalize(String text) {
			return text.strip().replaceAll("\\s+", " ");
		}

		boolean contains(String excerpt) {
			return normalize(this.text).contains(normalize(excerpt));
		}

		ResolvedCitation locate(CitationSeed citation) {
			// Map each character of the whitespace-normalized text back to its index in the original.
			StringBuilder normalized = new StringBuilder();
			List<Integer> origin = new ArrayList<>();
			boolean inSpace = false;
			for (int i = 0; i < this.text.length(); i++) {
				char ch = this.text.charAt(i);
				if (Character.isWhitespace(ch) || ch == '\u00a0') {
					if (!inSpace) {
						normalized.append(' ');
						origin.add(i);
					}
					inSpace = true;
				}
				else {
					normalized.append(ch);
					origin.add(i);
					inSpace = false;
				}
			}
			String needle = normalize(citation.excerpt()).replace('\u00a0', ' ');
			List<int[]> matches = new ArrayList<>();
			for (int at = normalized.indexOf(needle); at >= 0; at = normalized.indexOf(needle, at + 1)) {
				int start = origin.get(at);
				int end = origin.get(at + needle.length() - 1) + 1;
				matches.add(new int[] { this.text.codePointCount(0, start), this.text.codePointCount(0, end), start, end });
			}
			if (matches.isEmpty()) {
				throw new IllegalArgumentException("excerpt does not occur in " + this.file + ": \"" + citation.excerpt() + "\"; "
						+ ExcerptMatch.explain(this.text, citation.excerpt()));
			}
			int[] chosen;
			if (citation.start() != null) {
				chosen = matches.stream().filter(m -> m[0] == citation.start()).findFirst().orElseThrow(
						() -> new IllegalArgumentException("excerpt does not occur at offset " + citation.start() + " of "
								+ this.file + " (it occurs at " + matches.stream().map(m -> String.valueOf(m[0])).toList() + ")"));
			}
			else if (matches.size() > 1) {
				throw new IllegalArgumentException("excerpt occurs " + matches.size() + " times in " + this.file
						+ " (at " + matches.stream().map(m -> String.valueOf(m[0])).toList() + "): give 'start'");
			}
			else {
				chosen = matches.get(0);
			}
			return new ResolvedCitation(citation.source(), this.text.substring(chosen[2], chosen[3]), chosen[0], chosen[1],
					citation.outlet());
		}

	}

}
