"""Core of the import system (lemonpy's importlib._bootstrap).

The objects the import system hands out -- ModuleSpec, BuiltinImporter,
module_from_spec -- written after CPython 3.11's importlib._bootstrap.  The
finding and loading itself is done in C (runtime/import.c), which calls
these; importlib's Python-level functions (_find_spec, _gcd_import,
_load_unlocked for foreign loaders, _exec for reload) are here too.
lemonpy loads this file at start-up, before the import system can import.
"""

import _imp
import sys

_bootstrap_external = None


def _new_module(name):
    return type(sys)(name)


def _verbose_message(message, *args, verbosity=1):
    """Print the message to stderr if -v/PYTHONVERBOSE is turned on."""
    if sys.flags.verbose >= verbosity:
        if not message.startswith(('#', 'import ')):
            message = '# ' + message
        print(message.format(*args), file=sys.stderr)


def _call_with_frames_removed(f, *args, **kwds):
    return f(*args, **kwds)


class _ImportLockContext:
    """Context manager for the import lock (lemonpy has no threads)."""

    def __enter__(self):
        _imp.acquire_lock()

    def __exit__(self, exc_type, exc_value, exc_traceback):
        _imp.release_lock()


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


# ---- module specs ----------------------------------------------------------

class ModuleSpec:
    """The specification for a module, used for loading.

    name: the module's fully qualified name; loader: the loader to use
    (None for a namespace package); origin: where the module comes from
    (a file name, 'built-in'); submodule_search_locations: a package's
    search path, None for a plain module; cached: the bytecode file;
    parent: the package the module belongs to; has_location: whether
    origin is a place the module was loaded from (and __file__ is set).
    """

    def __init__(self, name, loader, *, origin=None, loader_state=None,
                 is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _bootstrap_external._get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        spec_from_file_location = _bootstrap_external.spec_from_file_location
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def _spec_from_module(module, loader=None, origin=None):
    try:
        spec = module.__spec__
    except AttributeError:
        pass
    else:
        if spec is not None:
            return spec
    name = module.__name__
    if loader is None:
        loader = getattr(module, '__loader__', None)
    location = getattr(module, '__file__', None)
    if origin is None:
        origin = location if location is not None else getattr(loader, '_ORIGIN', None)
    cached = getattr(module, '__cached__', None)
    submodule_search_locations = getattr(module, '__path__', None)
    if submodule_search_locations is not None:
        submodule_search_locations = list(submodule_search_locations)
    spec = ModuleSpec(name, loader, origin=origin)
    spec._set_fileattr = location is not None and origin == location
    spec.cached = cached
    spec.submodule_search_locations = submodule_search_locations
    return spec


def _init_module_attrs(spec, module, *, override=False):
    """Set __name__, __loader__, __package__, __spec__, __path__, __file__
    and __cached__ of [module] from [spec]."""
    if override or getattr(module, '__name__', None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, '__loader__', None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            # a namespace package: its loader, and __file__ None (bpo-32305)
            NamespaceLoader = _bootstrap_external.NamespaceLoader
            loader = NamespaceLoader.__new__(NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, '__package__', None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, '__path__', None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, '__file__', None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, '__cached__', None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _module_repr_from_spec(spec):
    name = '?' if spec.name is None else spec.name
    if spec.origin is None:
        if spec.loader is None:
            return '<module {!r}>'.format(name)
        return '<module {!r} ({!r})>'.format(name, spec.loader)
    if spec.has_location:
        return '<module {!r} from {!r}>'.format(name, spec.origin)
    return '<module {!r} ({})>'.format(spec.name, spec.origin)


# ---- loading ---------------------------------------------------------------

def _exec(spec, module):
    """Execute the spec's module in an existing module's namespace (reload)."""
    name = spec.name
    if sys.modules.get(name) is not module:
        msg = 'module {!r} not in sys.modules'.format(name)
        raise ImportError(msg, name=name)
    try:
        if spec.loader is None:
            if spec.submodule_search_locations is None:
                raise ImportError('missing loader', name=spec.name)
            _init_module_attrs(spec, module, override=True)
        else:
            _init_module_attrs(spec, module, override=True)
            if not hasattr(spec.loader, 'exec_module'):
                spec.loader.load_module(name)
            else:
                spec.loader.exec_module(module)
    finally:
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
    return module


def _load_unlocked(spec):
    """Load the module of [spec] with its own loader (any loader)."""
    if spec.loader is not None and not hasattr(spec.loader, 'exec_module'):
        module = spec.loader.load_module(spec.name)
        return sys.modules[spec.name] if spec.name in sys.modules else module
    module = module_from_spec(spec)
    spec._initializing = True
    try:
        sys.modules[spec.name] = module
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError('missing loader', name=spec.name)
            else:
                spec.loader.exec_module(module)
        except:
            try:
                del sys.modules[spec.name]
            except KeyError:
                pass
            raise
        module = sys.modules.pop(spec.name)
        sys.modules[spec.name] = module
        _verbose_message('import {!r} # {!r}', spec.name, spec.loader)
    finally:
        spec._initializing = False
    return module


def _load(spec):
    """Return a new module object, loaded by the spec's loader."""
    return _load_unlocked(spec)


# ---- finders ---------------------------------------------------------------

class BuiltinImporter:
    """Meta path import for built-in modules."""

    _ORIGIN = "built-in"

    @staticmethod
    def module_repr(module):
        """Return repr for the module (deprecated)."""
        return f'<module {module.__name__!r} ({BuiltinImporter._ORIGIN})>'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if _imp.is_builtin(fullname):
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        """Create a built-in module"""
        if spec.name not in sys.builtin_module_names:
            raise ImportError('{!r} is not a built-in module'.format(spec.name), name=spec.name)
        return _imp.create_builtin(spec)

    @staticmethod
    def exec_module(module):
        """Exec a built-in module"""
        _imp.exec_builtin(module)

    @classmethod
    def get_code(cls, fullname):
        """Return None as built-in modules do not have code objects."""
        return None

    @classmethod
    def get_source(cls, fullname):
        """Return None as built-in modules do not have source code."""
        return None

    @classmethod
    def is_package(cls, fullname):
        """Return False as built-in modules are never packages."""
        return False


class FrozenImporter:
    """Meta path import for frozen modules (lemonpy has none)."""

    _ORIGIN = "frozen"

    @staticmethod
    def module_repr(m):
        """Return repr for the module (deprecated)."""
        return '<module {!r} ({})>'.format(m.__name__, FrozenImporter._ORIGIN)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


def _find_spec(name, path, target=None):
    """Find a module's spec from the finders of sys.meta_path."""
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            loader = finder.find_module(name, path)
            if loader is None:
                continue
            spec = spec_from_loader(name, loader)
        else:
            spec = find_spec(name, path, target)
        if spec is not None:
            if not is_reload and name in sys.modules:
                module = sys.modules[name]
                try:
                    __spec__ = module.__spec__
                except AttributeError:
                    return spec
                return spec if __spec__ is None else __spec__
            return spec
    return None


def _sanity_check(name, package, level):
    """Verify arguments are "sane"."""
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def _gcd_import(name, package=None, level=0):
    """Import and return the module based on its name, the package the call
    is being made from, and the level adjustment."""
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    return _imp._lp_import(name)


def _handle_fromlist(module, fromlist, import_, *, recursive=False):
    """Figure out what __import__ should return for a from-import."""
    for x in fromlist:
        if not isinstance(x, str):
            if recursive:
                where = module.__name__ + '.__all__'
            else:
                where = "``from list''"
            raise TypeError(f"Item in {where} must be str, not {type(x).__name__}")
        elif x == '*':
            if not recursive and hasattr(module, '__all__'):
                _handle_fromlist(module, module.__all__, import_, recursive=True)
        elif not hasattr(module, x):
            from_name = '{}.{}'.format(module.__name__, x)
            try:
                import_(from_name)
            except ModuleNotFoundError as exc:
                if exc.name == from_name and sys.modules.get(from_name, 0) is not None:
                    continue
                raise
    return module


def __import__(name, globals=None, locals=None, fromlist=(), level=0):
    """Import a module (the builtin __import__)."""
    import builtins
    return builtins.__import__(name, globals, locals, fromlist, level)


# ---- set-up ----------------------------------------------------------------

def _lp_builtin_spec(name):
    return ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)


def _lp_setup(external):
    """Called by import.c once both bootstrap modules ran."""
    global _bootstrap_external
    _bootstrap_external = external
    external._bootstrap = sys.modules[__name__]
    for name in ('sys', 'builtins', '_imp'):
        module = sys.modules.get(name)
        if module is None and name == '_imp':
            module = _imp
            sys.modules[name] = module
        if module is not None:
            _init_module_attrs(_lp_builtin_spec(name), module, override=True)
    for module in (sys.modules[__name__], external):
        spec = ModuleSpec(module.__name__, FrozenImporter, origin=FrozenImporter._ORIGIN)
        _init_module_attrs(spec, module, override=True)
    sys.meta_path = [BuiltinImporter, FrozenImporter, external.PathFinder]
    sys.path_hooks = [external.FileFinder.path_hook(*external._get_supported_file_loaders())]
    sys.path_importer_cache = {}
