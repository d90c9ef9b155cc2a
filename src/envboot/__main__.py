from envboot.cli.app import main

main()
