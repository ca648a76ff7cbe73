package io.dealgraph.graphql;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * DataLoader plumbing so every parent-to-child field costs one SQL statement per distinct set of
 * arguments, whatever the number of parents. Connection keys carry the field's arguments, so
 * parents asking for the same page share a statement.
 */
public final class Batches {

	private Batches() {
	}

	/** A parent and the arguments of the child field asked of it. */
	public record Key<A>(long parentId, A args) {
	}

	public static <A, T> void registerConnections(BatchLoaderRegistry registry, String name,
			BiFunction<Set<Long>, A, Map<Long, Connection<T>>> fetch) {
		registerWithArguments(registry, name, fetch, Connection.empty());
	}

	public static <A, T> CompletableFuture<Connection<T>> connection(DataFetchingEnvironment env, String name,
			long parentId, A args) {
		return withArguments(env, name, parentId, args);
	}

	/** A field with arguments: one fetch per distinct set of arguments, for all parents at once. */
	public static <A, V> void registerWithArguments(BatchLoaderRegistry registry, String name,
			BiFunction<Set<Long>, A, Map<Long, V>> fetch, V missing) {
		registry.<Key<A>, V>forName(name).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
			Map<A, Set<Long>> parentsByArgs = new LinkedHashMap<>();
			for (Key<A> key : keys) {
				parentsByArgs.computeIfAbsent(key.args(), a -> new LinkedHashSet<>()).add(key.parentId());
			}
			Map<Key<A>, V> result = new HashMap<>();
			parentsByArgs.forEach((args, parents) -> {
				Map<Long, V> found = fetch.apply(parents, args);
				for (Long parent : parents) {
					result.put(new Key<>(parent, args), found.getOrDefault(parent, missing));
				}
			});
			return result;
		}));
	}

	public static <A, V> CompletableFuture<V> withArguments(DataFetchingEnvironment env, String name, long parentId,
			A args) {
		DataLoader<Key<A>, V> loader = env.getDataLoader(name);
		return loader.load(new Key<>(parentId, args));
	}

	public static <T> void registerById(BatchLoaderRegistry registry, String name, Function<Set<Long>, Map<Long, T>> fetch) {
		registry.<Long, T>forName(name).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> fetch.apply(ids)));
	}

	public static <T> CompletableFuture<T> byId(DataFetchingEnvironment env, String name, Long id) {
		if (id == null) {
			return CompletableFuture.completedFuture(null);
		}
		DataLoader<Long, T> loader = env.getDataLoader(name);
		return loader.load(id);
	}

	public static <T> void registerLists(BatchLoaderRegistry registry, String name,
			Function<Set<Long>, Map<Long, List<T>>> fetch) {
		registry.<Long, List<T>>forName(name).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			Map<Long, List<T>> found = new HashMap<>(fetch.apply(ids));
			ids.forEach(id -> found.putIfAbsent(id, List.of()));
			return found;
		}));
	}

	public static <T> CompletableFuture<List<T>> list(DataFetchingEnvironment env, String name, long parentId) {
		DataLoader<Long, List<T>> loader = env.getDataLoader(name);
		return loader.load(parentId);
	}

}
