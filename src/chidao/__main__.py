import sys

from chidao.cli import main

sys.exit(main())
