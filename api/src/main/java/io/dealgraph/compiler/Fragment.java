package io.dealgraph.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL and the values of its {@code ?} parameters, in the order they appear: pieces are
 * only ever appended, so the parameters always follow the text.
 */
final class Fragment {

	private final StringBuilder sql = new StringBuilder();

	private final List<Object> params = new ArrayList<>();

	Fragment sql(String text) {
		this.sql.append(text);
		return this;
	}

	Fragment bind(Object value) {
		this.sql.append('?');
		this.params.add(value);
		return this;
	}

	Fragment add(Fragment other) {
		this.sql.append(other.sql);
		this.params.addAll(other.params);
		return this;
	}

	String text() {
		return this.sql.toString();
	}

	List<Object> params() {
		return this.params;
	}

}
