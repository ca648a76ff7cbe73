package io.dealgraph.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The sources, by slug: the write side of {@code source}. Reads for the API go through the compiler, not here. */
public interface Sources extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

}
