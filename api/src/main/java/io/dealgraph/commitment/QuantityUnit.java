package io.dealgraph.commitment;

import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quantity's whole unit as the ledger stores it: its kind, its ISO 4217 currency (USD and
 * OTHER_CURRENCY), and the thing it counts (COUNT). Amounts are added or compared only within one.
 *
 * @param unit the kind
 * @param currency the code of an OTHER_CURRENCY (USD is its own unit, without one)
 * @param countOf what is counted, plural and lower case ({@code chips}, {@code data centres}), for
 * counts only
 */
public record QuantityUnit(Unit unit, String currency, String countOf) {

	/** What a seed may write as a unit besides a currency code. */
	public static final List<String> NAMED = List.of("USD", "GW", "MW", "COUNT");

	/** What a counted thing may be named: lower-case words, as the ledger checks them. */
	public static final Pattern COUNT_OF = Pattern.compile("[a-z][a-z -]{0,58}[a-z]");

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	/**
	 * The unit a seed writes: {@code USD}, {@code GW}, {@code MW}, {@code COUNT} (with what it
	 * counts), or any other ISO 4217 currency code ({@code EUR}).
	 * @throws IllegalArgumentException with what is wrong and what would be right
	 */
	public static QuantityUnit of(String code, String countOf) {
		if ("COUNT".equals(code)) {
			if (countOf == null || !COUNT_OF.matcher(countOf).matches()) {
				throw new IllegalArgumentException(countOf == null
						? "a COUNT needs countOf, the thing counted in the plural (chips, cores, data centres)"
						: "countOf '" + countOf + "' must be lower-case words in the plural, such as chips or data centres");
			}
			return new QuantityUnit(Unit.COUNT, null, countOf);
		}
		if (countOf != null) {
			throw new IllegalArgumentException("countOf names what a COUNT counts; a quantity in " + code + " has none");
		}
		return switch (code) {
			case "USD" -> new QuantityUnit(Unit.USD, null, null);
			case "GW" -> new QuantityUnit(Unit.GW, null, null);
			case "MW" -> new QuantityUnit(Unit.MW, null, null);
			default -> {
				if (!isCurrency(code)) {
					throw new IllegalArgumentException("unknown unit '" + code + "': write USD, GW, MW, COUNT (with countOf), "
							+ "or another currency's ISO 4217 code such as EUR, GBP or JPY");
				}
				yield new QuantityUnit(Unit.OTHER_CURRENCY, code, null);
			}
		};
	}

	/** Whether the code is a currency of ISO 4217, as the JDK knows them. */
	public static boolean isCurrency(String code) {
		return code != null && code.length() == 3 && CURRENCIES.contains(code);
	}

	/** The unit as people name it: the currency's code, GW, MW, or the things counted. */
	public String name() {
		return this.currency != null ? this.currency : this.countOf != null ? this.countOf : this.unit.name();
	}

}
