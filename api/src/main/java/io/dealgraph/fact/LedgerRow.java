package io.dealgraph.fact;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.Audited;

/** A row of the ledger on the write side: its id, which the database assigns and never reuses. */
@MappedSuperclass
@Audited
public abstract class LedgerRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	public Long getId() {
		return this.id;
	}

}
