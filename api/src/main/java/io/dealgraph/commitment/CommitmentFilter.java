package io.dealgraph.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The {@code CommitmentFilter} input. */
public record CommitmentFilter(String committer, String recipient, String organization, String deal, String kind,
		String unit, String modality, BigDecimal amountMin, BigDecimal amountMax, LocalDate from, LocalDate to,
		String outlet) {

	static final CommitmentFilter NONE = new CommitmentFilter(null, null, null, null, null, null, null, null, null, null,
			null, null);

}
