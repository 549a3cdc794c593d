__version__ = "0.1.0"
from . import env as _env   # first: silences bitsandbytes' import-time warning before any module imports PEFT (see 00, quiet)
