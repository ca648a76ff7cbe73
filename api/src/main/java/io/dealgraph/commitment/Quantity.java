package io.dealgraph.commitment;

import java.math.BigDecimal;
import java.util.Map;

/** An exact amount in one unit, bounded as the source bounds it. */
public record Quantity(BigDecimal amount, String unit, String qualifier) {

	private static final Map<String, String> QUALIFIER_WORDS = Map.of("EXACT", "", "UP_TO", "up to ", "AT_LEAST",
			"at least ", "ABOUT", "about ", "MORE_THAN", "more than ");

	public String text() {
		return QUALIFIER_WORDS.get(this.qualifier) + this.amount.stripTrailingZeros().toPlainString() + " " + this.unit;
	}

}
