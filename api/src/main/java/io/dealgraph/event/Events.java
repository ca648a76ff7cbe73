package io.dealgraph.event;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The events: the write side of {@code event}. Reads for the API go through the compiler, not here. */
public interface Events extends JpaRepository<Event, Long> {

	Optional<Event> findBySlug(String slug);

}
