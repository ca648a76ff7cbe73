package io.dealgraph.fact;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** A fact with a slug: its stable key, by which a reload finds the row it updates. */
@MappedSuperclass
@Audited
public abstract class SluggedRow extends LedgerRow {

	@Column(columnDefinition = "slug")
	private String slug;

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

}
