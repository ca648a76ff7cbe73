package io.dealgraph.commitment;

/** The {@code CommitmentFilter} input. */
public record CommitmentFilter(String committer, String recipient, String deal, String kind, String unit,
		String modality) {
}
