#!/usr/bin/env bash
# Starts PostgreSQL and MariaDB when they are installed but not running, and creates the test databases.
set -uo pipefail
if command -v pg_ctlcluster >/dev/null 2>&1 && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
fi
if [ -x /usr/sbin/mariadbd ] && ! (echo > /dev/tcp/127.0.0.1/3306) 2>/dev/null; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
fi
for i in $(seq 1 30); do
  pg_ok=1; my_ok=1
  command -v pg_isready >/dev/null 2>&1 && { pg_isready -q -h 127.0.0.1 -p 5432 || pg_ok=0; }
  [ -x /usr/sbin/mariadbd ] && { (echo > /dev/tcp/127.0.0.1/3306) 2>/dev/null || my_ok=0; }
  [ $pg_ok = 1 ] && [ $my_ok = 1 ] && break
  sleep 1
done
command -v psql >/dev/null 2>&1 && psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='test'" postgres 2>/dev/null | grep -q 1 \
  || { command -v psql >/dev/null 2>&1 && psql -h 127.0.0.1 -U postgres -c "create database test" postgres >/dev/null 2>&1 || true; }
command -v mysql >/dev/null 2>&1 && mysql -h 127.0.0.1 -uroot -e "create database if not exists test" >/dev/null 2>&1 || true
exit 0
