package io.dealgraph.commitment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sum of the commitments of one group, in one unit. Only the preferred claim of a claim
 * group counts, so a commitment worded two ways is summed once.
 */
public record CommitmentTotal(Long committerId, Long recipientId, String kind, String unit, BigDecimal total,
		int count, List<String> qualifiers, List<Long> commitmentIds) {
}
