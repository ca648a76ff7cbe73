package io.dealgraph.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** The shapes of the seed files, as curators write them (see seeds/FORMAT.md). */
final class SeedModel {

	private SeedModel() {
	}

	record SourcesFile(List<SourceSeed> sources) {
	}

	record SourceSeed(String slug, String file, String title, String publisher, String author, String authorNote,
			DateSeed published, OffsetDateTime publishedAt, LocalTime publishedLocalTime, String url, String kind,
			String kindNote, OffsetDateTime retrievedAt) {
	}

	record DateSeed(LocalDate earliest, LocalDate latest, String precision, String text) {
	}

	record CitationSeed(String source, String excerpt, String outlet, Integer start) {
	}

	record OrganizationsFile(List<OrganizationSeed> organizations, List<PersonSeed> people) {
	}

	record OrganizationSeed(String slug, String name, String kind, String parent, String description,
			List<String> aliases, List<String> tickers, List<CitationSeed> citations) {
	}

	record PersonSeed(String slug, String name, String role, String organization, List<CitationSeed> citations) {
	}

	record DealFile(DealSeed deal, List<PartySeed> parties, List<CommitmentSeed> commitments,
			List<TermSeed> exclusivityTerms, List<TermSeed> terms, List<StatementSeed> statements, List<EventSeed> events) {

		/** Its terms of every kind: those under {@code exclusivityTerms}, then those under {@code terms}. */
		List<TermSeed> allTerms() {
			List<TermSeed> all = new java.util.ArrayList<>();
			if (this.exclusivityTerms != null) {
				all.addAll(this.exclusivityTerms);
			}
			if (this.terms != null) {
				all.addAll(this.terms);
			}
			return all;
		}
	}

	record DealSeed(String slug, String title, String kind, String status, String parent, String summary,
			DateSeed announced, DateSeed effective, DateSeed ended, ValuationSeed valuation, List<DateClaimSeed> dateClaims,
			List<CitationSeed> citations) {

		/** The deal's own date a claim is about ({@code ANNOUNCED}, {@code EFFECTIVE} or {@code ENDED}). */
		DateSeed date(String field) {
			return switch (field) {
				case "ANNOUNCED" -> this.announced;
				case "EFFECTIVE" -> this.effective;
				case "ENDED" -> this.ended;
				default -> throw new IllegalArgumentException("a deal has no date " + field);
			};
		}
	}

	/** One source's wording of a deal's or an event's date where sources disagree. */
	record DateClaimSeed(String slug, String field, DateSeed date, Boolean preferred, String note,
			List<CitationSeed> citations) {

		boolean isPreferred() {
			return Boolean.TRUE.equals(this.preferred);
		}
	}

	/** What a deal values an organization at: money, its basis, and the words its deal's citations quote. */
	record ValuationSeed(String organization, BigDecimal amount, String unit, String qualifier, String basis, String text) {
	}

	record PartySeed(String organization, String role, List<CitationSeed> citations) {
	}

	record CommitmentSeed(String slug, String committer, List<String> coCommitters, String recipient, String kind, BigDecimal amount,
			String unit, String countOf, String qualifier, String amountText, String resource, String horizon, String modality,
			String firmness, PeriodSeed period, String description, String claimGroup, Boolean preferred,
			String partOf, String amends, String amendment, DateSeed date, List<ConditionSeed> conditions,
			List<CitationSeed> citations) {

		boolean isPreferred() {
			return Boolean.TRUE.equals(this.preferred);
		}
	}

	record PeriodSeed(DateSeed start, DateSeed end, String length) {
	}

	record ConditionSeed(String slug, String kind, String words, DateSeed deadline, List<CitationSeed> citations) {
	}

	record TermSeed(String slug, String kind, String grantor, String holder, String scope, String status,
			Boolean exclusive, String payer, String payee, BigDecimal percentage, CapSeed cap, String claimGroup,
			Boolean preferred, DateSeed validFrom, DateSeed validTo, String supersededByTerm, String supersededByEvent,
			List<CitationSeed> citations) {

		/** Its kind: EXCLUSIVITY where not given (as every entry under {@code exclusivityTerms} was). */
		String kindOrExclusivity() {
			return this.kind == null ? "EXCLUSIVITY" : this.kind;
		}

		boolean isPreferred() {
			return Boolean.TRUE.equals(this.preferred);
		}
	}

	record CapSeed(BigDecimal amount, String unit, String countOf, String qualifier, String text) {
	}

	record StatementSeed(String slug, String quote, String channel, List<SpeakerSeed> speakers, DateSeed date,
			List<CitationSeed> citations) {
	}

	record SpeakerSeed(String person, String organization) {
	}

	record EventSeed(String slug, String title, String kind, String description, List<String> organizations,
			DateSeed date, List<DateClaimSeed> dateClaims, List<CitationSeed> citations) {
	}

}
