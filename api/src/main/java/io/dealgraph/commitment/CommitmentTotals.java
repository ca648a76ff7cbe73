package io.dealgraph.commitment;

import java.util.List;

/** Totals by group and unit, and how many matching commitments could not be summed, or were left out. */
public record CommitmentTotals(List<CommitmentTotal> groups, int withoutAmount, int competingClaimsSkipped,
		int partsSkipped) {
}
