package io.dealgraph.deal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The deals with their parties and citations: the write side of {@code deal}. Reads for the API go through the compiler, not here. */
public interface Deals extends JpaRepository<Deal, Long> {

	Optional<Deal> findBySlug(String slug);

}
