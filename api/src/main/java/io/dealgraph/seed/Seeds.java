package io.dealgraph.seed;

import java.util.List;
import java.util.Map;

import io.dealgraph.seed.SeedModel.CitationSeed;
import io.dealgraph.seed.SeedModel.DealFile;
import io.dealgraph.seed.SeedModel.OrganizationSeed;
import io.dealgraph.seed.SeedModel.PersonSeed;
import io.dealgraph.seed.SeedModel.SourceSeed;
import io.dealgraph.seed.SeedReader.ResolvedCitation;
import io.dealgraph.seed.SeedReader.SourceText;

/** Seeds that passed every check, with each citation located in its source. */
public record Seeds(List<SourceSeed> sources, Map<String, SourceText> sourceTexts,
		List<OrganizationSeed> organizations, List<PersonSeed> people, List<DealFile> deals,
		Map<CitationSeed, ResolvedCitation> citations, String checksum, int fileCount) {

	/** How many facts of each kind, for the log and the command line. */
	public String summary() {
		int parties = 0;
		int commitments = 0;
		int terms = 0;
		int statements = 0;
		int events = 0;
		for (DealFile deal : this.deals) {
			parties += size(deal.parties());
			commitments += size(deal.commitments());
			terms += deal.allTerms().size();
			statements += size(deal.statements());
			events += size(deal.events());
		}
		return "%d sources, %d organizations, %d people, %d deals, %d parties, %d commitments, %d exclusivity terms, %d statements, %d events, %d citations"
			.formatted(this.sources.size(), this.organizations.size(), this.people.size(), this.deals.size(), parties,
					commitments, terms, statements, events, this.citations.size());
	}

	private static int size(List<?> list) {
		return list == null ? 0 : list.size();
	}

}
