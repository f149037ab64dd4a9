"""Path-based import (lemonpy's importlib._bootstrap_external).

The loaders, finders and helpers of CPython 3.11's
importlib._bootstrap_external for what lemonpy imports: source files
(.py), source-less bytecode (.pyc at the module's own location) and
namespace packages.  The file-system search and the bytecode cache are C
(runtime/import.c, runtime/pycache.c, reached through _imp); the import
system itself (runtime/import.c) runs lemonpy's loaders without calling
them, so these methods serve importlib's Python API (reload, util,
machinery, runpy).  lemonpy loads this file at start-up.
"""

import _imp
import sys

_bootstrap = None  # set by _frozen_importlib._lp_setup

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = _imp.extension_suffixes()

MAGIC_NUMBER = _imp._lp_magic
_RAW_MAGIC_NUMBER = int.from_bytes(MAGIC_NUMBER, 'little')
_PYCACHE = '__pycache__'
_OPT = 'opt-'

path_sep = '/'
path_separators = '/'
_pathseps_with_colon = {':/'}


def _path_join(*path_parts):
    """Replacement for os.path.join()."""
    return path_sep.join([part.rstrip(path_separators) for part in path_parts if part])


def _path_split(path):
    """Replacement for os.path.split()."""
    i = path.rfind(path_sep)
    if i < 0:
        return '', path
    return path[:i], path[i + 1:]


def _path_isabs(path):
    return path.startswith(path_separators)


def _path_abspath(path):
    if not _path_isabs(path):
        path = _path_join(_imp._lp_getcwd(), path)
    return path


def _path_isfile(path):
    return _imp._lp_isfile(path)


def _path_isdir(path):
    if not path:
        path = _imp._lp_getcwd()
    return _imp._lp_isdir(path)


def _fspath(path):
    """os.fspath()."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        fspath = type(path).__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not '
                        + type(path).__name__) from None
    return fspath(path)


def _check_name(method):
    """Decorator: the name requested must match the loader's name."""
    def _check_name_wrapper(self, name=None, *args, **kwargs):
        if name is None:
            name = self.name
        elif self.name != name:
            raise ImportError('loader for %s cannot handle %s' % (self.name, name), name=name)
        return method(self, name, *args, **kwargs)
    _check_name_wrapper.__name__ = method.__name__
    _check_name_wrapper.__qualname__ = method.__qualname__
    _check_name_wrapper.__doc__ = method.__doc__
    return _check_name_wrapper


# ---- the cache file names ------------------------------------------------

def cache_from_source(path, debug_override=None, *, optimization=None):
    """Given the path to a .py file, return the path to its .pyc file."""
    if debug_override is not None:
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = _fspath(path)
    if optimization is not None and optimization != '':
        optimization = str(optimization)
        if not optimization.isalnum():
            raise ValueError('{!r} is not alphanumeric'.format(optimization))
        if sys.implementation.cache_tag is None:
            raise NotImplementedError('sys.implementation.cache_tag is None')
        head, tail = _path_split(path)
        base, sep, rest = tail.rpartition('.')
        tag = sys.implementation.cache_tag
        almost = '.'.join([base if sep else rest, tag, _OPT + optimization]) + '.pyc'
        if sys.pycache_prefix is None:
            return _path_join(head, _PYCACHE, almost)
        return _path_join(sys.pycache_prefix, _path_abspath(head).lstrip(path_separators), almost)
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    result = _imp._lp_cache_from_source(path)
    if result is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    return result


def source_from_cache(path):
    """Given the path to a .pyc file, return the path to its .py file."""
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = _fspath(path)
    return _imp._lp_source_from_cache(path)


def _get_sourcefile(bytecode_path):
    """Convert a bytecode file path to a source path (if possible)."""
    if len(bytecode_path) == 0:
        return None
    rest, _, extension = bytecode_path.rpartition('.')
    if not rest or extension.lower()[-3:-1] != 'py':
        return bytecode_path
    try:
        source_path = source_from_cache(bytecode_path)
    except (NotImplementedError, ValueError):
        source_path = bytecode_path[:-1]
    return source_path if _path_isfile(source_path) else bytecode_path


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string."""
    return source_bytes.decode('utf-8').replace('\r\n', '\n').replace('\r', '\n')


# ---- loaders ---------------------------------------------------------------

class FileLoader:
    """Base file loader class which implements the loader protocol methods
    that require file system usage."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        """Execute the module."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() returns None'
                              .format(module.__name__))
        exec(code, module.__dict__)

    @_check_name
    def load_module(self, fullname):
        """Load a module from a file (deprecated; use exec_module())."""
        spec = _bootstrap.spec_from_loader(fullname, self)
        if fullname in sys.modules:
            _bootstrap._exec(spec, sys.modules[fullname])
            return sys.modules[fullname]
        return _bootstrap._load(spec)

    @_check_name
    def get_filename(self, fullname):
        """Return the path to the source file as found by the finder."""
        return self.path

    def get_data(self, path):
        """Return the data from path as raw bytes."""
        with open(path, 'rb') as file:
            return file.read()

    def is_package(self, fullname):
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'


class SourceLoader:
    """Loaders of Python source."""

    def path_mtime(self, path):
        return self.path_stats(path)['mtime']

    def path_stats(self, path):
        mtime, size = _imp._lp_stat(path)
        return {'mtime': mtime, 'size': size}

    def set_data(self, path, data):
        """Optional method which writes data (bytes) to a file path."""

    def get_source(self, fullname):
        """Concrete implementation of InspectLoader.get_source."""
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError('source not available through get_data()', name=fullname) from exc
        return decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        """Return the code object compiled from source."""
        return compile(data, path, 'exec', dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        """The module's code: from the bytecode cache when it is valid,
        else compiled from the source (and the cache written)."""
        return _imp._lp_get_code(self.get_filename(fullname), fullname)


class SourceFileLoader(FileLoader, SourceLoader):
    """Concrete implementation of SourceLoader using the file system."""

    def path_stats(self, path):
        mtime, size = _imp._lp_stat(path)
        return {'mtime': mtime, 'size': size}


class SourcelessFileLoader(FileLoader):
    """Loader which handles sourceless file imports."""

    def get_code(self, fullname):
        return _imp._lp_get_code_sourceless(self.get_filename(fullname), fullname)

    def get_source(self, fullname):
        """Return None as there is no source code."""
        return None


class ExtensionFileLoader(FileLoader):
    """Loader for extension modules (lemonpy has none)."""

    def create_module(self, spec):
        raise ImportError('lemonpy cannot load extension modules', name=spec.name)

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class _NamespacePath:
    """A namespace package's path: recomputed from the parent's path (or
    sys.path) whenever that changes."""

    _epoch = 0

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._get_parent_path())
        self._last_epoch = self._epoch
        self._path_finder = path_finder

    def _find_parent_path_names(self):
        parent, dot, me = self._name.rpartition('.')
        if dot == '':
            return 'sys', 'path'
        return parent, '__path__'

    def _get_parent_path(self):
        parent_module_name, path_attr_name = self._find_parent_path_names()
        return getattr(sys.modules[parent_module_name], path_attr_name)

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        if parent_path != self._last_parent_path or self._epoch != self._last_epoch:
            spec = self._path_finder(self._name, parent_path)
            if spec is not None and spec.loader is None:
                if spec.submodule_search_locations:
                    self._path = spec.submodule_search_locations
            self._last_parent_path = parent_path
            self._last_epoch = self._epoch
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return '_NamespacePath({!r})'.format(self._path)

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of namespace packages."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    @staticmethod
    def module_repr(module):
        """Return repr for the module (deprecated)."""
        return '<module {!r} (namespace)>'.format(module.__name__)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ''

    def get_code(self, fullname):
        return compile('', '<string>', 'exec', dont_inherit=True)

    def create_module(self, spec):
        """Use default semantics for module creation."""

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _bootstrap._load(_bootstrap.spec_from_loader(fullname, self))


_NamespaceLoader = NamespaceLoader


# ---- finders ---------------------------------------------------------------

def _lp_make_spec(fullname, kind, origin, locations, namespace_path=True):
    """The spec of what import.c's finder found (see lp_import_find); a
    namespace package's locations become a _NamespacePath unless
    [namespace_path] is false (PathFinder._get_spec's plain list)."""
    if kind == 'namespace':
        spec = _bootstrap.ModuleSpec(fullname, None)
        if namespace_path:
            locations = _NamespacePath(fullname, locations, PathFinder._get_spec)
        spec.submodule_search_locations = locations
        return spec
    loader_class = SourceFileLoader if kind == 'source' else SourcelessFileLoader
    loader = loader_class(fullname, origin)
    spec = _bootstrap.ModuleSpec(fullname, loader, origin=origin)
    spec._set_fileattr = True
    spec.submodule_search_locations = locations
    return spec


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""

    @staticmethod
    def invalidate_caches():
        """lemonpy's finder keeps no caches; namespace paths are recomputed."""
        for name, finder in list(sys.path_importer_cache.items()):
            if finder is None or not _path_isabs(name):
                del sys.path_importer_cache[name]
            elif hasattr(finder, 'invalidate_caches'):
                finder.invalidate_caches()
        _NamespacePath._epoch += 1

    @classmethod
    def _path_hooks(cls, path):
        """Search sys.path_hooks for a finder for 'path'."""
        for hook in sys.path_hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        """The finder for the path entry, from sys.path_importer_cache or
        made by the hooks (and cached; None when no hook takes it)."""
        if path == '':
            try:
                path = _imp._lp_getcwd()
            except FileNotFoundError:
                return None
        try:
            finder = sys.path_importer_cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            sys.path_importer_cache[path] = finder
        return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        """The spec for fullname on path; a namespace package's has a plain
        list of locations."""
        return _imp._lp_path_find_spec(fullname, path, False)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        """Try to find a spec for 'fullname' on sys.path or 'path'."""
        if path is None:
            path = sys.path
        return _imp._lp_path_find_spec(fullname, path)

    @staticmethod
    def find_distributions(*args, **kwargs):
        return iter(())


class FileFinder:
    """File-based finder for one folder: the loaders given are tried by
    suffix, packages first, then modules, then a namespace portion.
    (import.c searches the folders of lemonpy's standard FileFinders
    itself, by the same rules.)"""

    def __init__(self, path, *loader_details):
        self._loaders = [(suffix, loader) for loader, suffixes in loader_details
                         for suffix in suffixes]
        self._lp_standard = list(loader_details) == _get_supported_file_loaders()
        if not path or path == '.':
            self.path = _imp._lp_getcwd()
        elif not _path_isabs(path):
            self.path = _path_join(_imp._lp_getcwd(), path)
        else:
            self.path = path

    def invalidate_caches(self):
        """Invalidate the directory mtime (lemonpy keeps no listing)."""

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader,
                                       submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        """Try to find a spec for the specified module."""
        tail_module = fullname.rpartition('.')[2]
        base_path = _path_join(self.path, tail_module)
        is_namespace = False
        if _path_isdir(base_path):
            for suffix, loader_class in self._loaders:
                full_path = _path_join(base_path, '__init__' + suffix)
                if _path_isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base_path], target)
            is_namespace = True
        for suffix, loader_class in self._loaders:
            full_path = _path_join(self.path, tail_module + suffix)
            _bootstrap._verbose_message('trying {}', full_path, verbosity=2)
            if _path_isfile(full_path):
                return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_namespace:
            _bootstrap._verbose_message('possible namespace for {}', base_path)
            spec = _bootstrap.ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base_path]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        """A path hook making FileFinders with the given loaders; it takes
        only folders."""
        def path_hook_for_FileFinder(path):
            if not _path_isdir(path):
                raise ImportError('only directories are supported', path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """Return a module spec based on a file location."""
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = _fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = _bootstrap.ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith(tuple(SOURCE_SUFFIXES)):
            loader = SourceFileLoader(name, location)
        elif location.endswith(tuple(BYTECODE_SUFFIXES)):
            loader = SourcelessFileLoader(name, location)
        else:
            return None
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            dirname = _path_split(location)[0]
            spec.submodule_search_locations.append(dirname)
    return spec


def _get_supported_file_loaders():
    """Returns a list of file-based module loaders."""
    return [(SourceFileLoader, SOURCE_SUFFIXES), (SourcelessFileLoader, BYTECODE_SUFFIXES)]
